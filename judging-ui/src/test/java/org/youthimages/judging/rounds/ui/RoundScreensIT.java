package org.youthimages.judging.rounds.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.internal.UIInternals;
import com.vaadin.flow.component.textfield.TextArea;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthimages.judging.testing.ViewTesting;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.edition.Round;
import org.youthimages.storage.judging.JudgingQueue;
import org.youthimages.storage.judging.PlayedRange;
import org.youthimages.storage.judging.QueueFilter;
import org.youthimages.storage.judging.CriterionSheet;
import org.youthimages.storage.judging.ScoreValue;
import org.youthimages.storage.judging.ScoredCard;
import org.youthimages.storage.judging.ScorecardDraft;
import org.youthimages.storage.judging.ScorecardSheet;
import org.youthimages.storage.judging.Scorecards;
import org.youthimages.storage.judging.WatchTime;
import org.youthimages.storage.mail.OutboundEmailRepository;
import org.youthimages.storage.testing.JudgingScenario;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;

/** Organisers' round screens and the jurors' revealed scores, without a browser. */
@MicronautTest(transactional = false)
@Property(name = "yi.judging.enabled", value = "false")
class RoundScreensIT {

    @Inject ApplicationContext context;
    @Inject JudgingQueue queue;
    @Inject Scorecards scorecards;
    @Inject WatchTime watchTime;
    @Inject OutboundEmailRepository emails;

    private JudgingScenario scenario;
    private ActingAccount ana;
    private ActingAccount ben;

    @BeforeEach
    void twoSubmittedScorecards() {
        scenario = JudgingScenario.create(context);
        ana = scenario.juror("Ana Juror");
        ben = scenario.juror("Ben Juror");
        scenario.assign(List.of(scenario.film("Shared film")), ana, ben);
        submit(ana, 9, 95);
        submit(ben, 3, 20);
        ViewTesting.start(context);
    }

    @AfterEach
    void stop() {
        ViewTesting.stop();
    }

    @Test
    void organisersSeeEveryScoreWithTheWatchedShareBesideIt() {
        ViewTesting.signIn(scenario.organiser());

        RoundScorecardsView view = (RoundScorecardsView) ViewTesting.navigate("organiser/rounds/" + scenario.round().id());

        List<ScoredCard> rows = GridKt._findAll(view.grid);
        assertThat(rows).extracting(ScoredCard::juror).containsExactly("Ana Juror", "Ben Juror");
        assertThat(rows).extracting(c -> c.watchedPercent().intValue()).containsExactly(100, 21);
        assertThat(rows.get(1).confirmedBelowThreshold()).isTrue();
        assertThat(view.grid.getColumnByKey("film").isFrozen()).as("the film stays in view when scrolling").isTrue();
        assertThat(view.grid.getColumnByKey("juror").isFrozen()).isTrue();
        assertThat(view.grid.getColumnByKey("unlock").isFrozenToEnd()).isTrue();
        Button comments = (Button) GridKt._getCellComponent(view.grid, 0, "comments");
        assertThat(comments.getAriaLabel()).as("an icon, named for screen readers").contains("Comments");
        assertThat(comments.getTooltip().getText()).isEqualTo("Comments");
        _click(comments);
        assertThat(view.grid.isDetailsVisible(rows.getFirst())).isTrue();
        assertThat(ViewTesting.allText(view.comments(rows.getFirst())))
                .contains("Comment for the entrant", "Thanks", "Private note for the organisers", "Ana Juror's private note")
                .contains("Ana Juror on ").doesNotContain("Ben Juror on ");
        String criterion = scorecards.open(ana, rows.getFirst().assignmentId()).criteria().getFirst().name();
        assertThat(ViewTesting.allText(view.comments(rows.getFirst()))).as("under the criterion's name")
                .contains(criterion, "Ana Juror on " + criterion);
    }

    @Test
    void anOrganiserUnlocksAScorecardWithAReason() {
        ViewTesting.signIn(scenario.organiser());
        RoundScorecardsView view = (RoundScorecardsView) ViewTesting.navigate("organiser/rounds/" + scenario.round().id());
        _click((Button) GridKt._getCellComponent(view.grid, 0, "unlock"));
        ViewTesting.userSets(LocatorJ._get(TextArea.class), "Asked to fix a typo");
        _click(LocatorJ._find(Button.class, spec -> spec.withText("Unlock")).getLast());

        long draft = GridKt._findAll(view.grid).stream().filter(c -> c.state() == ScorecardSheet.State.DRAFT).count();
        assertThat(draft).isEqualTo(1);
    }

    @Test
    void organisersCloseARoundAndRevealItsScoresWhichTheJurorsThenSee() {
        ViewTesting.signIn(scenario.organiser());
        RoundsView rounds = (RoundsView) ViewTesting.navigate("organiser/rounds");
        rounds.edition.setValue(scenario.edition());

        _click(action(rounds, "Close"));
        ViewTesting.confirm();
        _click(action(rounds, "Reveal scores to jurors"));
        assertThat(ConfirmDialogKt._getText(LocatorJ._find(ConfirmDialog.class).getLast()))
                .isEqualTo("The round’s jurors will see each other’s scores.");
        ViewTesting.confirm();
        assertThat(scenario.round().state()).isEqualTo(Round.State.CLOSED);
        assertThat(scenario.round().scoresRevealed()).isTrue();

        ViewTesting.signIn(ana);
        RevealedView revealed = (RevealedView) ViewTesting.navigate("revealed");
        assertThat(GridKt._findAll(revealed.grid)).extracting(ScoredCard::juror)
                .containsExactly("Ana Juror", "Ben Juror");
        assertThat(ViewTesting.allText(revealed)).doesNotContain("private note");
    }

    @Test
    void closingARoundAsksFirstAndSaysHowManyScorecardsAreStillDrafts() {
        ActingAccount cleo = scenario.juror("Cleo Juror");
        scenario.assign(List.of(scenario.film("Second film")), cleo);
        saveDraft(cleo, 6, 30);
        ViewTesting.signIn(scenario.organiser());
        RoundsView rounds = (RoundsView) ViewTesting.navigate("organiser/rounds");
        rounds.edition.setValue(scenario.edition());
        assertThat(GridKt._getFormatted(rounds.grid, 0, "progress")).as("scorecards submitted, at a glance")
                .isEqualTo("2 of 3");

        _click(action(rounds, "Close"));
        ConfirmDialog dialog = LocatorJ._get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt._getText(dialog))
                .isEqualTo("Jurors can no longer score this round. One scorecard is still a draft, not submitted.");
        ConfirmDialogKt._fireCancel(dialog);
        assertThat(scenario.round().state()).isEqualTo(Round.State.OPEN);

        columnWidthsRecalculated();
        _click(action(rounds, "Close"));
        ConfirmDialogKt._fireConfirm(LocatorJ._find(ConfirmDialog.class).getLast());
        assertThat(scenario.round().state()).isEqualTo(Round.State.CLOSED);
        assertThat(columnWidthsRecalculated()).as("the new buttons are measured, not clipped").isTrue();
    }

    @Test
    void openingARoundAsksFirstSayingUntilWhenItsJurorsCanScoreAndThatNoOneIsEmailed() {
        scenario.dates(null, Instant.parse("2099-06-30T16:00:00Z"));
        scenario.withState(Round.State.CLOSED, true);
        ViewTesting.signIn(scenario.organiser());
        RoundsView rounds = (RoundsView) ViewTesting.navigate("organiser/rounds");
        rounds.edition.setValue(scenario.edition());

        _click(action(rounds, "Open to jurors"));
        ConfirmDialog dialog = LocatorJ._get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt._getHeader(dialog)).isEqualTo("Open “" + scenario.round().name() + "” to its jurors?");
        assertThat(ConfirmDialogKt._getText(dialog)).isEqualTo("The jurors with films assigned in this round will find"
                + " them under My rounds and can score them. They can score until 2099-06-30 18:00 (Europe/Zurich)."
                + " They will no longer see each other’s scores. No one is emailed: to tell the jurors, send them a"
                + " reminder from the round’s Assignment screen.");
        ConfirmDialogKt._fireCancel(dialog);
        assertThat(scenario.round().state()).isEqualTo(Round.State.CLOSED);

        _click(action(rounds, "Open to jurors"));
        ViewTesting.confirm();
        assertThat(scenario.round().state()).isEqualTo(Round.State.OPEN);
        assertThat(scenario.round().scoresRevealed()).isFalse();
        assertThat(emails.findByRecipientOrderById(ana.email())).as("as the dialog says").isEmpty();
    }

    @Test
    void openingARoundThatStartsLaterSaysWhenItsJurorsWillSeeIt() {
        scenario.dates(Instant.parse("2099-06-01T08:00:00Z"), Instant.parse("2099-06-30T16:00:00Z"));
        scenario.withState(Round.State.PLANNED, false);

        assertThat(openingQuestion())
                .contains("The round appears to them on 2099-06-01 10:00 (Europe/Zurich).")
                .doesNotContain("each other’s scores");
    }

    @Test
    void openingARoundWhoseClosingDateHasPassedSaysItsJurorsWillNotSeeIt() {
        scenario.dates(null, Instant.parse("2020-06-30T16:00:00Z"));
        scenario.withState(Round.State.CLOSED, false);

        assertThat(openingQuestion()).contains("But its closing date, 2020-06-30 18:00 (Europe/Zurich), has passed:"
                + " they will not see the round until the date is moved in the edition’s set-up.");
    }

    @Test
    void aRoundWithoutAClosingDateSaysSoWhereItsDateWouldBe() {
        scenario.dates(null, null);
        ViewTesting.signIn(scenario.organiser());
        RoundsView rounds = (RoundsView) ViewTesting.navigate("organiser/rounds");
        rounds.edition.setValue(scenario.edition());
        assertThat(GridKt._getFormatted(rounds.grid, 0, "closes")).isEqualTo("No closing date");

        scenario.dates(null, Instant.parse("2099-06-30T16:00:00Z"));
        ViewTesting.navigate("organiser/audit");
        rounds = (RoundsView) ViewTesting.navigate("organiser/rounds");
        rounds.edition.setValue(scenario.edition());
        assertThat(GridKt._getFormatted(rounds.grid, 0, "closes")).isEqualTo("2099-06-30 18:00 (Europe/Zurich)");
    }

    private String openingQuestion() {
        ViewTesting.signIn(scenario.organiser());
        RoundsView rounds = (RoundsView) ViewTesting.navigate("organiser/rounds");
        rounds.edition.setValue(scenario.edition());
        _click(action(rounds, "Open to jurors"));
        return ConfirmDialogKt._getText(LocatorJ._get(ConfirmDialog.class));
    }

    @Test
    void aRoundsScreensComeBeforeTheChangesToIt() {
        ViewTesting.signIn(scenario.organiser());
        RoundsView rounds = (RoundsView) ViewTesting.navigate("organiser/rounds");
        rounds.edition.setValue(scenario.edition());

        assertThat(LocatorJ._find(GridKt._getCellComponent(rounds.grid, 0, "actions"), Button.class))
                .extracting(Button::getText).containsExactly("Assignment", "Scorecards", "Results", "Close");
    }

    @Test
    void beforeTheRevealJurorsSeeNoOtherScores() {
        ViewTesting.signIn(ana);

        assertThat(ViewTesting.allText(ViewTesting.navigate("revealed"))).contains("No round has revealed its scores");
    }

    private static Button action(RoundsView rounds, String text) {
        return LocatorJ._get(GridKt._getCellComponent(rounds.grid, 0, "actions"), Button.class,
                spec -> spec.withText(text));
    }

    /** Whether the page asked the browser to measure the grid's columns again (and forgets what it asked). */
    private static boolean columnWidthsRecalculated() {
        UIInternals internals = UI.getCurrent().getInternals();
        internals.getStateTree().runExecutionsBeforeClientResponse();
        return internals.dumpPendingJavaScriptInvocations().stream()
                .anyMatch(js -> js.getInvocation().getExpression().contains("recalculateColumnWidths"));
    }

    private void submit(ActingAccount juror, int value, int secondsWatched) {
        ScorecardSheet saved = saveDraft(juror, value, secondsWatched);
        scorecards.submit(juror, saved.assignmentId(), saved.version(), true);
    }

    private ScorecardSheet saveDraft(ActingAccount juror, int value, int secondsWatched) {
        long assignment = queue.queue(juror, scenario.round().id(), QueueFilter.ALL, 0, 1).getFirst().assignmentId();
        watchTime.record(juror, assignment, List.of(new PlayedRange(0, secondsWatched)), 95);
        ScorecardSheet sheet = scorecards.open(juror, assignment);
        Map<Long, ScoreValue> all = new HashMap<>();
        sheet.criteria().forEach(c -> all.put(c.criterionId(), new ScoreValue(value, "")));
        CriterionSheet first = sheet.criteria().getFirst();
        all.put(first.criterionId(), new ScoreValue(value, juror.displayName() + " on " + first.name()));
        return scorecards.saveDraft(juror, assignment,
                new ScorecardDraft(0, all, "Thanks", juror.displayName() + "'s private note"));
    }
}
