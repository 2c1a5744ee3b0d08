package org.youthimages.judging.film.ui;

import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.judging.ScorecardException;
import org.youthimages.storage.judging.ScorecardSheet;
import org.youthimages.storage.judging.Scorecards;

import java.math.BigDecimal;
import java.util.List;

/**
 * The score sheet's logic, apart from its components: saves each change as a draft on the version it was based
 * on; when another window saved in between, lays this window's changes over the newer version and saves again
 * (nothing typed anywhere is lost); submits, asking the juror to confirm when less of the film was watched than
 * the round asks.
 */
final class ScorecardPresenter {

    /** What the presenter needs from the form. */
    interface Display {
        void show(ScorecardSheet sheet);

        FormValues values();

        void saved(ScorecardSheet sheet);

        void merged(ScorecardSheet sheet);

        void lockedElsewhere(ScorecardSheet sheet);

        void confirmShortWatch(BigDecimal watchedPercent, int thresholdPercent, Runnable confirmed);

        void incomplete(List<String> missing);

        void submitted(ScorecardSheet sheet);

        void refused(String message);
    }

    private final ActingAccount juror;
    private final long assignmentId;
    private final Scorecards scorecards;
    private final Display display;
    private ScorecardSheet saved;

    ScorecardPresenter(ActingAccount juror, long assignmentId, Scorecards scorecards, Display display) {
        this.juror = juror;
        this.assignmentId = assignmentId;
        this.scorecards = scorecards;
        this.display = display;
    }

    /** Shows the scorecard as stored. */
    void start(ScorecardSheet stored) {
        saved = stored;
        display.show(saved);
    }

    ScorecardSheet current() {
        return saved;
    }

    /** The juror changed something (or the browser handed back what it kept while offline). */
    void changed() {
        if (saved.locked()) {
            return;
        }
        FormValues values = display.values();
        try {
            saved = scorecards.saveDraft(juror, assignmentId, values.draft(saved.version()));
            display.saved(saved);
        } catch (ScorecardException.Stale stale) {
            FormValues merged = values.over(FormValues.of(saved), FormValues.of(stale.current()), saved.criteria());
            saved = stale.current();
            mergeAndSave(merged);
        } catch (ScorecardException.Locked locked) {
            saved = scorecards.open(juror, assignmentId);
            display.lockedElsewhere(saved);
        } catch (ScorecardException.Invalid invalid) {
            display.refused(invalid.getMessage());
        }
    }

    private void mergeAndSave(FormValues merged) {
        try {
            saved = scorecards.saveDraft(juror, assignmentId, merged.draft(saved.version()));
        } catch (ScorecardException.Stale again) {
            saved = again.current();
        } catch (ScorecardException.Locked locked) {
            saved = scorecards.open(juror, assignmentId);
            display.lockedElsewhere(saved);
            return;
        }
        display.merged(saved);
    }

    /** The watched share changed while the film played. */
    void watched(BigDecimal percent) {
        if (!saved.locked()) {
            saved = new ScorecardSheet(saved.assignmentId(), saved.state(), saved.version(), saved.criteria(),
                    saved.scores(), saved.overallComment(), saved.privateNote(), percent,
                    saved.watchThresholdPercent(), saved.submittedAt());
        }
    }

    void submit() {
        submit(false);
    }

    private void submit(boolean confirmedShortWatch) {
        changed();
        if (saved.locked()) {
            return;
        }
        try {
            saved = scorecards.submit(juror, assignmentId, saved.version(), confirmedShortWatch);
            display.submitted(saved);
        } catch (ScorecardException.WatchBelowThreshold short_) {
            display.confirmShortWatch(short_.watchedPercent(), short_.thresholdPercent(), () -> submit(true));
        } catch (ScorecardException.Incomplete incomplete) {
            display.incomplete(incomplete.missing());
        } catch (ScorecardException.Stale stale) {
            saved = stale.current();
            display.merged(saved);
        } catch (ScorecardException.Locked locked) {
            saved = scorecards.open(juror, assignmentId);
            display.lockedElsewhere(saved);
        }
    }
}
