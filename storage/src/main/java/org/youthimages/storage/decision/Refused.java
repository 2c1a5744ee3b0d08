package org.youthimages.storage.decision;

import java.util.Arrays;
import java.util.List;

/**
 * An organiser's action that cannot be done, with the reason as a message key and its arguments, so each screen
 * shows it in the organiser's language ({@code refused.<key>} in the interface's texts). Nothing was changed.
 */
public class Refused extends RuntimeException {

    private final String key;
    private final transient List<Object> arguments;

    public Refused(String key, String englishMessage, Object... arguments) {
        super(englishMessage);
        this.key = key;
        this.arguments = List.copyOf(Arrays.asList(arguments));
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
