package org.youthimages.storage.judging;

import java.math.BigDecimal;
import java.util.List;

/** Why a scorecard change was refused; each kind tells the page what to show or ask. */
public abstract sealed class ScorecardException extends RuntimeException {

    ScorecardException(String message) {
        super(message);
    }

    /** Someone (another tab, another device) saved a newer version: {@code current} is what is stored now. */
    public static final class Stale extends ScorecardException {
        private final transient ScorecardSheet current;

        Stale(ScorecardSheet current) {
            super("The scorecard was changed elsewhere; it is now at version " + current.version());
            this.current = current;
        }

        public ScorecardSheet current() {
            return current;
        }
    }

    /** The scorecard is submitted; only an organiser can unlock it. */
    public static final class Locked extends ScorecardException {
        Locked(long assignmentId) {
            super("The scorecard of assignment " + assignmentId + " is submitted and locked");
        }
    }

    /** Some criteria have no score yet. */
    public static final class Incomplete extends ScorecardException {
        private final List<String> missing;

        Incomplete(List<String> missing) {
            super("Scores are missing for " + String.join(", ", missing));
            this.missing = List.copyOf(missing);
        }

        public List<String> missing() {
            return missing;
        }
    }

    /** Less of the film was played than the round asks; submitting needs the juror's confirmation. */
    public static final class WatchBelowThreshold extends ScorecardException {
        private final BigDecimal watchedPercent;
        private final int thresholdPercent;

        WatchBelowThreshold(BigDecimal watchedPercent, int thresholdPercent) {
            super("Only " + watchedPercent + " % of the film was played; the round asks for " + thresholdPercent + " %");
            this.watchedPercent = watchedPercent;
            this.thresholdPercent = thresholdPercent;
        }

        public BigDecimal watchedPercent() {
            return watchedPercent;
        }

        public int thresholdPercent() {
            return thresholdPercent;
        }
    }

    /** A value outside the criterion's scale, or a criterion of another round. */
    public static final class Invalid extends ScorecardException {
        Invalid(String message) {
            super(message);
        }
    }
}
