package org.youthimages.storage.judging;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthimages.storage.account.AccessDeniedException;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.audit.AuditEvent;
import org.youthimages.storage.audit.AuditEventRepository;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.testing.JudgingScenario;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
class ScorecardsIT {

    @Inject ApplicationContext context;
    @Inject Scorecards scorecards;
    @Inject JudgingQueue queue;
    @Inject WatchTime watchTime;
    @Inject AuditEventRepository auditEvents;
    @Inject ScorecardRepository cards;
    @Inject ScoreRepository scoreRows;

    private JudgingScenario scenario;
    private ActingAccount juror;
    private long assignment;
    private List<CriterionSheet> criteria;

    @BeforeEach
    void oneFilmForOneJuror() {
        scenario = JudgingScenario.create(context);
        juror = scenario.juror("Jun Juror");
        Entry film = scenario.film("Crossing");
        scenario.assign(List.of(film), juror);
        assignment = queue.queue(juror, scenario.round().id(), QueueFilter.ALL, 0, 10).getFirst().assignmentId();
        criteria = scorecards.open(juror, assignment).criteria();
    }

    @Test
    void opensAnEmptyDraftWithTheRoundsCriteriaBeforeAnythingIsSaved() {
        ScorecardSheet sheet = scorecards.open(juror, assignment);

        assertThat(sheet.version()).isZero();
        assertThat(sheet.state()).isEqualTo(ScorecardSheet.State.DRAFT);
        assertThat(sheet.criteria()).extracting(CriterionSheet::code).containsExactly("STORY", "CRAFT", "THEME");
        assertThat(sheet.criteria().getFirst().anchors()).containsEntry(1, "Weak").containsEntry(10, "Outstanding");
        assertThat(sheet.watchThresholdPercent()).isEqualTo(90);
    }

    @Test
    void savesEachDraftAsANewVersionAndKeepsCommentsWithoutScores() {
        ScorecardSheet first = scorecards.saveDraft(juror, assignment, draft(0, 7, null, "Moving", "Private"));
        ScorecardSheet second = scorecards.saveDraft(juror, assignment,
                new ScorecardDraft(first.version(), Map.of(id(0), new ScoreValue(8, ""),
                        id(1), new ScoreValue(null, "Sound could be better")), "Moving", "Private"));

        ScorecardSheet stored = scorecards.open(juror, assignment);
        assertThat(first.version()).isEqualTo(1);
        assertThat(second.version()).isEqualTo(2);
        assertThat(stored).isEqualTo(second);
        assertThat(stored.score(id(0)).value()).isEqualTo(8);
        assertThat(stored.score(id(1))).isEqualTo(new ScoreValue(null, "Sound could be better"));
        assertThat(stored.overallComment()).isEqualTo("Moving");
        assertThat(stored.privateNote()).isEqualTo("Private");
    }

    @Test
    void aDraftPastedWithControlCharactersIsSavedWithoutThemAndWithItsSpacesAndLineBreaks() {
        scorecards.saveDraft(juror, assignment, new ScorecardDraft(0, Map.of(id(0),
                new ScoreValue(7, "Strong\u0000 opening\u0007 shot, ")), "First\r\nSecond ", "Note\u000c"));

        ScorecardSheet stored = scorecards.open(juror, assignment);
        assertThat(stored.score(id(0))).isEqualTo(new ScoreValue(7, "Strong opening shot, "));
        assertThat(stored.overallComment()).isEqualTo("First\r\nSecond ");
        assertThat(stored.privateNote()).isEqualTo("Note");
    }

    @Test
    void savingWhatIsStoredChangesNothing() {
        ScorecardSheet saved = scorecards.saveDraft(juror, assignment, draft(0, 7, 5, "", ""));

        ScorecardSheet again = scorecards.saveDraft(juror, assignment, draft(saved.version(), 7, 5, "", ""));

        assertThat(again.version()).isEqualTo(saved.version());
    }

    @Test
    void refusesADraftBasedOnAnOlderVersionAndHandsBackTheStoredOne() {
        scorecards.saveDraft(juror, assignment, draft(0, 7, null, "", ""));

        assertThatThrownBy(() -> scorecards.saveDraft(juror, assignment, draft(0, 3, null, "", "")))
                .isInstanceOfSatisfying(ScorecardException.Stale.class, stale -> {
                    assertThat(stale.current().version()).isEqualTo(1);
                    assertThat(stale.current().score(id(0)).value()).isEqualTo(7);
                });
        assertThat(scorecards.open(juror, assignment).score(id(0)).value()).isEqualTo(7);
    }

    @Test
    void refusesAScoreOutsideTheScaleWithAClearReason() {
        assertThatThrownBy(() -> scorecards.saveDraft(juror, assignment, draft(0, 11, null, "", "")))
                .isInstanceOf(ScorecardException.Invalid.class)
                .hasMessageContaining("outside the scale 1 to 10 of Storytelling");
    }

    @Test
    void clearingAScoreAndItsCommentRemovesIt() {
        ScorecardSheet saved = scorecards.saveDraft(juror, assignment, draft(0, 7, 4, "", ""));

        scorecards.saveDraft(juror, assignment, new ScorecardDraft(saved.version(),
                Map.of(id(0), new ScoreValue(7, "")), "", ""));

        long card = cards.findByAssignmentId(assignment).orElseThrow().id();
        assertThat(scoreRows.findByScorecardId(card)).hasSize(1);
    }

    @Test
    void submittingNeedsEveryScore() {
        ScorecardSheet saved = scorecards.saveDraft(juror, assignment, draft(0, 7, 4, "", ""));

        assertThatThrownBy(() -> scorecards.submit(juror, assignment, saved.version(), true))
                .isInstanceOfSatisfying(ScorecardException.Incomplete.class,
                        e -> assertThat(e.missing()).containsExactly("Relevance to the theme"));
    }

    @Test
    void submittingAfterWatchingLessThanTheThresholdNeedsConfirmation() {
        watchTime.record(juror, assignment, List.of(new PlayedRange(0, 30)), 95);
        ScorecardSheet complete = completeDraft();

        assertThatThrownBy(() -> scorecards.submit(juror, assignment, complete.version(), false))
                .isInstanceOfSatisfying(ScorecardException.WatchBelowThreshold.class, e -> {
                    assertThat(e.thresholdPercent()).isEqualTo(90);
                    assertThat(e.watchedPercent()).isLessThan(new BigDecimal("40"));
                });
        ScorecardSheet submitted = scorecards.submit(juror, assignment, complete.version(), true);

        assertThat(submitted.locked()).isTrue();
        assertThat(cards.findByAssignmentId(assignment).orElseThrow().watchConfirmedBelowThreshold()).isTrue();
    }

    @Test
    void submittingAFilmWatchedToTheEndNeedsNoConfirmation() {
        watchTime.record(juror, assignment, List.of(new PlayedRange(0, 95)), 95);
        ScorecardSheet complete = completeDraft();

        ScorecardSheet submitted = scorecards.submit(juror, assignment, complete.version(), false);

        assertThat(submitted.watchedPercent()).isEqualByComparingTo("100");
        assertThat(cards.findByAssignmentId(assignment).orElseThrow().watchConfirmedBelowThreshold()).isFalse();
    }

    @Test
    void aSubmittedScorecardIsLockedForTheJurorAndInTheDatabase() {
        ScorecardSheet submitted = scorecards.submit(juror, assignment, completeDraft().version(), true);

        assertThatThrownBy(() -> scorecards.saveDraft(juror, assignment, draft(submitted.version(), 1, 1, "", "")))
                .isInstanceOf(ScorecardException.Locked.class);
        long card = cards.findByAssignmentId(assignment).orElseThrow().id();
        Score anyScore = scoreRows.findByScorecardId(card).getFirst();
        assertThatThrownBy(() -> scoreRows.update(new Score(anyScore.id(), card, anyScore.criterionId(), 1, "")))
                .hasMessageContaining("submitted and locked");
    }

    @Test
    void anOrganiserUnlocksASubmittedScorecardAndTheJurorCanChangeItAgain() {
        scorecards.submit(juror, assignment, completeDraft().version(), true);
        long card = cards.findByAssignmentId(assignment).orElseThrow().id();

        assertThatThrownBy(() -> scorecards.unlock(juror, card, "I want to change it"))
                .isInstanceOf(AccessDeniedException.class);
        scorecards.unlock(scenario.organiser(), card, "Juror asked to correct a typo");

        ScorecardSheet reopened = scorecards.open(juror, assignment);
        assertThat(reopened.locked()).isFalse();
        ScorecardSheet changed = scorecards.saveDraft(juror, assignment, draft(reopened.version(), 9, 9, "", ""));
        assertThat(changed.score(id(0)).value()).isEqualTo(9);
    }

    @Test
    void anUnlockReasonPastedWithAControlCharacterIsRecordedWithoutIt() {
        scorecards.submit(juror, assignment, completeDraft().version(), true);
        long card = cards.findByAssignmentId(assignment).orElseThrow().id();

        scorecards.unlock(scenario.organiser(), card, "Juror asked\u0000 to fix a typo");

        assertThat(auditEvents.findBySubjectTypeAndSubjectIdOrderByAt("scorecard", String.valueOf(card)).getLast().after())
                .contains("Juror asked to fix a typo");
    }

    @Test
    void keepsEveryChangeInTheAuditHistory() {
        ScorecardSheet first = scorecards.saveDraft(juror, assignment, draft(0, 7, null, "", ""));
        ScorecardSheet second = scorecards.saveDraft(juror, assignment, draft(first.version(), 8, null, "Good", ""));
        scorecards.submit(juror, assignment, completeDraft(second.version()).version(), true);
        long card = cards.findByAssignmentId(assignment).orElseThrow().id();
        scorecards.unlock(scenario.organiser(), card, "typo");

        List<AuditEvent> history = auditEvents.findBySubjectTypeAndSubjectIdOrderByAt("scorecard", String.valueOf(card));
        assertThat(history).extracting(AuditEvent::action)
                .containsExactly("scorecard.save", "scorecard.save", "scorecard.save", "scorecard.submit",
                        "scorecard.unlock");
        assertThat(history.get(1).before()).contains("\"score.STORY\": 7");
        assertThat(history.get(1).after()).contains("\"score.STORY\": 8").contains("Good");
        assertThat(history.get(4).actorLabel()).isEqualTo(scenario.organiser().email());
        assertThat(history.get(4).after()).contains("typo");
    }

    private ScorecardSheet completeDraft() {
        return completeDraft(scorecards.open(juror, assignment).version());
    }

    private ScorecardSheet completeDraft(int version) {
        Map<Long, ScoreValue> all = new HashMap<>();
        criteria.forEach(c -> all.put(c.criterionId(), new ScoreValue(6, "")));
        return scorecards.saveDraft(juror, assignment, new ScorecardDraft(version, all, "Well made", "note"));
    }

    private ScorecardDraft draft(int version, Integer story, Integer craft, String overall, String note) {
        Map<Long, ScoreValue> scores = new HashMap<>();
        if (story != null) {
            scores.put(id(0), new ScoreValue(story, ""));
        }
        if (craft != null) {
            scores.put(id(1), new ScoreValue(craft, ""));
        }
        return new ScorecardDraft(version, scores, overall, note);
    }

    private long id(int criterion) {
        return criteria.get(criterion).criterionId();
    }
}
