package org.youthimages.judging.film.ui;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthimages.judging.testing.ViewTesting;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.judging.CriterionSheet;
import org.youthimages.storage.judging.JudgingQueue;
import org.youthimages.storage.judging.PlayedRange;
import org.youthimages.storage.judging.QueueFilter;
import org.youthimages.storage.judging.ScoreValue;
import org.youthimages.storage.judging.ScorecardDraft;
import org.youthimages.storage.judging.ScorecardRepository;
import org.youthimages.storage.judging.ScorecardSheet;
import org.youthimages.storage.judging.Scorecards;
import org.youthimages.storage.judging.WatchTime;
import org.youthimages.storage.testing.JudgingScenario;
import org.youthimages.storage.translation.EditionTranslations;

import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;

/** The scorecard on the film screen, driven without a browser: autosave, submit, lock, unlock, merge, restore. */
@MicronautTest(transactional = false)
@Property(name = "yi.judging.enabled", value = "false")
class ScorecardIT {

    @Inject ApplicationContext context;
    @Inject JudgingQueue queue;
    @Inject Scorecards scorecards;
    @Inject ScorecardRepository cards;
    @Inject WatchTime watchTime;
    @Inject EditionTranslations translations;

    private JudgingScenario scenario;
    private ActingAccount juror;
    private long assignment;
    private FilmView view;
    private List<CriterionSheet> criteria;

    @BeforeEach
    void filmScreen() {
        scenario = JudgingScenario.create(context);
        juror = scenario.juror("Sol Scorer");
        scenario.assign(scenario.films(2), juror);
        assignment = queue.queue(juror, scenario.round().id(), QueueFilter.ALL, 0, 1).getFirst().assignmentId();
        criteria = scorecards.open(juror, assignment).criteria();
        ViewTesting.start(context);
        ViewTesting.signIn(juror);
        view = open();
    }

    @AfterEach
    void stop() {
        ViewTesting.stop();
    }

    @Test
    void showsEachCriterionWithGuidanceWeightAndLabelledScale() {
        String text = ViewTesting.allText(view.form);

        assertThat(text).contains("Storytelling", "How well the film does storytelling", "Weight ×2", "Weight ×1.5",
                "1 · Weak", "10 · Outstanding", "Comment for the entrant", "Private note for the organisers");
        assertThat(view.form.scores.get(id(0)).getListDataView().getItems()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8,
                9, 10);
    }

    @Test
    void aFrenchJurorReadsTheScalesLabelsInFrenchWhereTheOrganisersTranslatedThem() {
        translations.save(scenario.organiser(), scenario.edition().id(), "fr",
                Map.of("criterion." + id(0) + ".anchor.10", "Remarquable"));
        ViewTesting.signIn(juror.withLocale("fr"));

        String text = ViewTesting.allText(open().form);

        assertThat(text).contains("10 · Remarquable", "1 · Weak");
        assertThat(text.split("10 · Outstanding", -1)).as("the other criteria's untranslated label")
                .hasSize(criteria.size());
    }

    @Test
    void savesADraftAsTheJurorClicksAndTypes() {
        ViewTesting.userSets(view.form.scores.get(id(0)), 7);
        ViewTesting.userSets(view.form.comments.get(id(1)), "Lovely framing");
        ViewTesting.userSets(view.form.overall, "Thank you for this film");

        ScorecardSheet stored = scorecards.open(juror, assignment);
        assertThat(stored.score(id(0)).value()).isEqualTo(7);
        assertThat(stored.score(id(1))).isEqualTo(new ScoreValue(null, "Lovely framing"));
        assertThat(stored.overallComment()).isEqualTo("Thank you for this film");
        assertThat(stored.version()).isEqualTo(3);
        assertThat(view.form.status.getText()).startsWith("Draft saved at");
    }

    @Test
    void aDraftIsThereWhenTheFilmIsOpenedAgain() {
        ViewTesting.userSets(view.form.scores.get(id(0)), 4);
        ViewTesting.userSets(view.form.note, "Check the music licence");

        FilmView again = open();

        assertThat(again.form.scores.get(id(0)).getValue()).isEqualTo(4);
        assertThat(again.form.note.getValue()).isEqualTo("Check the music licence");
    }

    @Test
    void keepsBothWindowsChangesWhenAnotherWindowSavedInBetween() {
        ViewTesting.userSets(view.form.scores.get(id(0)), 5);
        ScorecardSheet other = scorecards.open(juror, assignment);
        scorecards.saveDraft(juror, assignment, new ScorecardDraft(other.version(),
                Map.of(id(0), new ScoreValue(5, ""), id(2), new ScoreValue(9, "")), "From the tablet", ""));

        ViewTesting.userSets(view.form.scores.get(id(1)), 3);

        ScorecardSheet stored = scorecards.open(juror, assignment);
        assertThat(stored.score(id(0)).value()).isEqualTo(5);
        assertThat(stored.score(id(1)).value()).isEqualTo(3);
        assertThat(stored.score(id(2)).value()).isEqualTo(9);
        assertThat(stored.overallComment()).isEqualTo("From the tablet");
        assertThat(view.form.overall.getValue()).isEqualTo("From the tablet");
        assertThat(ViewTesting.notifications()).anyMatch(n -> n.contains("another window"));
    }

    @Test
    void submittingAnIncompleteScorecardSaysWhatIsMissing() {
        ViewTesting.userSets(view.form.scores.get(id(0)), 5);

        _click(view.form.submit);

        assertThat(view.form.scores.get(id(1)).isInvalid()).isTrue();
        assertThat(ViewTesting.notifications()).anyMatch(n -> n.contains("Craft") && n.contains("Relevance"));
        assertThat(scorecards.open(juror, assignment).locked()).isFalse();
    }

    @Test
    void submittingAFilmWatchedToTheEndLocksTheScorecard() {
        watchTime.record(juror, assignment, List.of(new PlayedRange(0, 95)), 95);
        scoreAll(8);

        _click(view.form.submit);

        assertThat(scorecards.open(juror, assignment).locked()).isTrue();
        assertThat(view.form.scores.get(id(0)).isReadOnly()).isTrue();
        assertThat(view.form.overall.isReadOnly()).isTrue();
        assertThat(view.form.submit.isVisible()).isFalse();
        assertThat(ViewTesting.allText(view.form)).contains("The scorecard is locked");
    }

    @Test
    void onceSubmittedTheJurorGoesOnToTheNextFilmNotYetScoredAndThenBackToTheRounds() {
        List<Long> both = queue.queue(juror, scenario.round().id(), QueueFilter.ALL, 0, 2).stream()
                .map(item -> item.assignmentId()).toList();
        long other = both.get(0) == assignment ? both.get(1) : both.get(0);
        watchTime.record(juror, assignment, List.of(new PlayedRange(0, 95)), 95);
        scoreAll(8);

        _click(view.form.submit);
        String nextTitle = queue.queue(juror, scenario.round().id(), QueueFilter.ALL, 0, 2).stream()
                .filter(item -> item.assignmentId() == other).findFirst().orElseThrow().title();
        ViewTesting.click("Watch next: " + nextTitle);

        assertThat(ViewTesting.currentPath()).startsWith("film/" + other);
        FilmView second = (FilmView) ViewTesting.currentView();
        watchTime.record(juror, other, List.of(new PlayedRange(0, 95)), 95);
        scorecards.open(juror, other).criteria().forEach(c ->
                ViewTesting.userSets(second.form.scores.get(c.criterionId()), 7));
        _click(second.form.submit);
        ViewTesting.click("All films scored: back to my rounds");

        assertThat(ViewTesting.currentPath()).startsWith("judging/" + scenario.round().id());
    }

    @Test
    void whenAnotherWindowSubmittedThisOneSaysSoAndOffersTheNextFilm() {
        watchTime.record(juror, assignment, List.of(new PlayedRange(0, 95)), 95);
        scoreAll(6);
        scorecards.submit(juror, assignment, scorecards.open(juror, assignment).version(), false);

        ViewTesting.userSets(view.form.scores.get(id(0)), 9);

        assertThat(scorecards.open(juror, assignment).score(id(0)).value()).isEqualTo(6);
        assertThat(view.form.submit.isVisible()).isFalse();
        assertThat(ViewTesting.notifications()).anyMatch(n -> n.contains("submitted in the meantime"));
        assertThat(ViewTesting.allText(view.form)).contains("Watch next: ");
    }

    @Test
    void submittingAfterWatchingTooLittleAsksToConfirmFirst() {
        watchTime.record(juror, assignment, List.of(new PlayedRange(0, 20)), 95);
        scoreAll(6);

        _click(view.form.submit);
        ConfirmDialog confirm = LocatorJ._get(ConfirmDialog.class);
        assertThat(scorecards.open(juror, assignment).locked()).isFalse();
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));

        assertThat(scorecards.open(juror, assignment).locked()).isTrue();
        assertThat(cards.findByAssignmentId(assignment).orElseThrow().watchConfirmedBelowThreshold()).isTrue();
    }

    @Test
    void anUnlockedScorecardCanBeChangedAgain() {
        watchTime.record(juror, assignment, List.of(new PlayedRange(0, 95)), 95);
        scoreAll(8);
        _click(view.form.submit);
        scorecards.unlock(scenario.organiser(), cards.findByAssignmentId(assignment).orElseThrow().id(), "typo");

        FilmView reopened = open();
        ViewTesting.userSets(reopened.form.scores.get(id(0)), 9);

        assertThat(reopened.form.submit.isVisible()).isTrue();
        assertThat(scorecards.open(juror, assignment).score(id(0)).value()).isEqualTo(9);
    }

    @Test
    void savesWhatTheBrowserKeptWhileTheConnectionWasDown() {
        view.form.restore("{\"score:" + id(0) + "\":\"6\",\"comment:" + id(0) + "\":\"typed offline\","
                + "\"score:" + id(1) + "\":\"42\",\"overall\":\"Offline words\",\"note\":\"\"}");

        ScorecardSheet stored = scorecards.open(juror, assignment);
        assertThat(stored.score(id(0))).isEqualTo(new ScoreValue(6, "typed offline"));
        assertThat(stored.score(id(1)).value()).isNull();
        assertThat(stored.overallComment()).isEqualTo("Offline words");
        assertThat(ViewTesting.notifications()).anyMatch(n -> n.contains("restored"));
    }

    private void scoreAll(int value) {
        criteria.forEach(c -> ViewTesting.userSets(view.form.scores.get(c.criterionId()), value));
    }

    private FilmView open() {
        return (FilmView) ViewTesting.navigate("film/" + assignment);
    }

    private long id(int index) {
        return criteria.get(index).criterionId();
    }
}
