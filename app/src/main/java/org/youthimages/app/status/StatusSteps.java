package org.youthimages.app.status;

import org.youthimages.storage.entry.Entry;

import java.util.ArrayList;
import java.util.List;

/** The steps an entry goes through, each done, current, waiting or a problem, as the status page lists them. */
public final class StatusSteps {

    public enum State { DONE, CURRENT, WAITING, PROBLEM }

    /** A step: its message key, its state, and an argument for the message (e.g. a reason). */
    public record Step(String key, State state, String argument) {
        public String css() {
            return state.name().toLowerCase();
        }
    }

    private StatusSteps() {
    }

    static List<Step> of(EntryStatus s) {
        Entry e = s.entry();
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("step.details", State.DONE, ""));
        if (s.withdrawn()) {
            steps.add(new Step("step.withdrawn", State.DONE, ""));
            return steps;
        }
        steps.add(new Step(s.awaitingFilm() ? "step.upload.waiting" : "step.upload.done",
                s.awaitingFilm() ? State.CURRENT : State.DONE, ""));
        if (s.processing()) {
            steps.add(new Step(e.status() == Entry.Status.RECEIVED ? "step.processing.queued" : "step.processing",
                    State.CURRENT, ""));
        } else if (s.ready()) {
            steps.add(new Step("step.ready", State.DONE, ""));
        } else if (s.rejected()) {
            steps.add(new Step("step.rejected", State.PROBLEM, ""));
        } else {
            steps.add(new Step("step.processing.later", State.WAITING, ""));
        }
        if (s.guardian() != null) {
            steps.add(new Step(s.guardianPending() ? "step.guardian.pending" : "step.guardian.done",
                    s.guardianPending() ? State.CURRENT : State.DONE, s.guardian().email()));
        }
        steps.add(switch (e.eligibility()) {
            case PENDING -> new Step(s.guardianPending() ? "step.eligibility.guardian" : "step.eligibility.pending",
                    State.WAITING, "");
            case ELIGIBLE -> new Step("step.eligibility.eligible", State.DONE, "");
            case INELIGIBLE -> new Step("step.eligibility.ineligible", State.PROBLEM, String.valueOf(e.eligibilityReason()));
            case NEEDS_FIX -> new Step("step.eligibility.fix", State.PROBLEM, String.valueOf(e.eligibilityReason()));
            case WITHDRAWN -> throw new IllegalStateException("A withdrawn entry's steps end above");
        });
        if (s.shortlisted()) {
            steps.add(new Step("step.shortlisted", State.DONE, ""));
        }
        s.awards().forEach(award -> steps.add(new Step("step.award", State.DONE, award)));
        return steps;
    }
}
