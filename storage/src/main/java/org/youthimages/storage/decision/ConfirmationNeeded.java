package org.youthimages.storage.decision;

import java.util.List;

/**
 * A change that would affect what is already there: nothing was changed; the organiser sees the warnings and may
 * confirm, which repeats the call with the confirmation.
 */
public class ConfirmationNeeded extends RuntimeException {

    private final transient List<Warning> warnings;

    public ConfirmationNeeded(List<Warning> warnings) {
        super("Confirmation needed: " + warnings.stream().map(Warning::key).toList());
        this.warnings = List.copyOf(warnings);
    }

    public List<Warning> warnings() {
        return warnings;
    }

    /** Throws when there are warnings the organiser has not confirmed. */
    public static void unless(boolean confirmed, List<Warning> warnings) {
        if (!confirmed && !warnings.isEmpty()) {
            throw new ConfirmationNeeded(warnings);
        }
    }
}
