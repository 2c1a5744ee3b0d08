package org.youthimages.storage.decision;

import java.util.Arrays;
import java.util.List;

/**
 * What a change would do to what is already there (entries, scores), as a message key ({@code warning.<key>}) and
 * its arguments, e.g. {@code LENGTH_LIMITS} with 12 entries that would become too long.
 */
public record Warning(String key, List<Object> arguments) {

    public Warning {
        arguments = List.copyOf(arguments);
    }

    public static Warning of(String key, Object... arguments) {
        return new Warning(key, Arrays.asList(arguments));
    }
}
