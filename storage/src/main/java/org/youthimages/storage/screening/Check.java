package org.youthimages.storage.screening;

import java.util.Arrays;
import java.util.List;

/**
 * One automatic eligibility check on an entry: which rule, its outcome, and a detail for the organiser as a message
 * key ({@code check.<rule>.<detail>}) with its arguments.
 */
public record Check(Rule rule, Outcome outcome, String detail, List<Object> arguments) {

    /** The rules checked, in the order the screening queue shows them. */
    public enum Rule { MEDIA, LENGTH, AGE_CATEGORY, TEAM_AGES, COMPLETION_DATE, GUARDIAN_CONSENT, SUBTITLES, DUPLICATE }

    /** UNKNOWN: cannot be told yet (the film is still processing) or any more (the data was erased). */
    public enum Outcome { PASS, FAIL, UNKNOWN }

    public Check {
        arguments = List.copyOf(arguments);
    }

    static Check pass(Rule rule, String detail, Object... arguments) {
        return new Check(rule, Outcome.PASS, detail, Arrays.asList(arguments));
    }

    static Check fail(Rule rule, String detail, Object... arguments) {
        return new Check(rule, Outcome.FAIL, detail, Arrays.asList(arguments));
    }

    static Check unknown(Rule rule, String detail, Object... arguments) {
        return new Check(rule, Outcome.UNKNOWN, detail, Arrays.asList(arguments));
    }
}
