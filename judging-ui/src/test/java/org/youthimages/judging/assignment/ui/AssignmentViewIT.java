package org.youthimages.judging.assignment.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
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
import org.youthimages.storage.assignment.AssignmentBoard;
import org.youthimages.storage.mail.OutboundEmailRepository;
import org.youthimages.storage.testing.JudgingScenario;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A round's assignment screen: automatic assignment, progress, reminders and a drop-out, without a browser. */
@MicronautTest(transactional = false)
@Property(name = "yi.judging.enabled", value = "false")
class AssignmentViewIT {

    @Inject ApplicationContext context;
    @Inject OutboundEmailRepository emails;

    private JudgingScenario scenario;
    private List<ActingAccount> jurors;

    @BeforeEach
    void aPanelOfFourAndSixFilms() {
        scenario = JudgingScenario.create(context);
        jurors = List.of(scenario.juror("Ana"), scenario.juror("Ben"), scenario.juror("Cleo"), scenario.juror("Dev"));
        scenario.panel(jurors.toArray(ActingAccount[]::new));
        scenario.films(6);
        ViewTesting.start(context);
        ViewTesting.signIn(scenario.organiser());
    }

    @AfterEach
    void stop() {
        ViewTesting.stop();
    }

    @Test
    void previewsTheAutomaticAssignmentThenAppliesIt() {
        AssignmentView view = open();

        LocatorJ._click(view.assign);

        assertThat(com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._getText(LocatorJ._get(ConfirmDialog.class)))
                .contains("6 films, 4 jurors, 3 jurors per film: 18 assignments to make, 0 to withdraw, 0 kept",
                        "Each juror will have 4 to 5 films");
        ViewTesting.confirm();
        assertThat(GridKt._findAll(view.assignments)).hasSize(18);
        assertThat(GridKt._findAll(view.jurors)).extracting(AssignmentBoard.JurorProgress::assigned)
                .allSatisfy(load -> assertThat(load).isBetween(4, 5));
        assertThat(GridKt._findAll(view.shortFilms)).isEmpty();
        assertThat(view.summary.getText()).contains("6 films to judge, 3 jurors each; no film short of jurors");
    }

    @Test
    void countsOneFilmShortOfJurorsInTheSingularAndAnEvenLoadAsOneNumber() {
        scenario.films(2);
        AssignmentView view = open();

        LocatorJ._click(view.assign);

        assertThat(ConfirmDialogKt._getText(LocatorJ._get(ConfirmDialog.class))).contains("Each juror will have 6 films;");
        ViewTesting.confirm();
        LocatorJ._click(LocatorJ._get(GridKt._getCellComponent(view.assignments, 0, "actions"), Button.class,
                spec -> spec.withText("Withdraw")));
        ViewTesting.confirm();
        assertThat(view.summary.getText()).startsWith("8 films to judge, 3 jurors each; one film short of jurors.");
    }

    @Test
    void remindsEveryJurorWithFilmsLeft() {
        AssignmentView view = open();
        LocatorJ._click(view.assign);
        ViewTesting.confirm();

        LocatorJ._click(view.remindAll);

        assertThat(ViewTesting.notifications()).contains("Reminder sent to 4 jurors.");
        assertThat(emails.findByRecipientAndKindOrderById(jurors.getFirst().email(), "JUROR_REMINDER")).hasSize(1);
        assertThat(GridKt._findAll(view.jurors)).allSatisfy(j -> assertThat(j.remindedAt()).isNotNull());
    }

    @Test
    void aJurorWhoDropsOutLeavesTheirFilmsToTheOthers() {
        AssignmentView view = open();
        LocatorJ._click(view.assign);
        ViewTesting.confirm();
        int dev = GridKt._findAll(view.jurors).stream().map(AssignmentBoard.JurorProgress::name).toList().indexOf("Dev");

        LocatorJ._click(LocatorJ._get(GridKt._getCellComponent(view.jurors, dev, "actions"), Button.class,
                spec -> spec.withText("Drops out")));
        ViewTesting.confirm();

        assertThat(GridKt._findAll(view.assignments)).hasSize(18).noneMatch(r -> r.juror().equals("Dev"));
        assertThat(GridKt._findAll(view.jurors)).extracting(AssignmentBoard.JurorProgress::name)
                .containsExactly("Ana", "Ben", "Cleo");
    }

    @Test
    void withdrawingASubmittedScorecardAsksFirstAndSaysTheScoreStopsCounting() {
        org.youthimages.storage.entry.Entry film = scenario.film("Harbour Lights");
        scenario.submit(film, jurors.getFirst(), 100, 8, 8, 8);
        AssignmentView view = open();

        withdraw("Harbour Lights");
        ConfirmDialog dialog = LocatorJ._get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt._getHeader(dialog)).isEqualTo("Withdraw “Harbour Lights” from Ana?");
        assertThat(ConfirmDialogKt._getText(dialog)).contains(
                "Ana has already submitted a scorecard for this film: their submitted score will stop counting");
        ConfirmDialogKt._fireCancel(dialog);
        assertThat(GridKt._findAll(view.assignments)).extracting(AssignmentBoard.Row::title)
                .containsExactly("Harbour Lights");

        withdraw("Harbour Lights");
        ViewTesting.confirm();
        assertThat(GridKt._findAll(view.assignments)).isEmpty();
    }

    @Test
    void withdrawingAFilmNotYetScoredSaysNothingAboutResults() {
        AssignmentView view = open();
        LocatorJ._click(view.assign);
        ViewTesting.confirm();
        AssignmentBoard.Row first = GridKt._get(view.assignments, 0);

        withdraw(first.title());

        assertThat(ConfirmDialogKt._getText(LocatorJ._find(ConfirmDialog.class).getLast()))
                .isEqualTo(first.juror() + " will no longer judge “" + first.title() + "”.");
        ViewTesting.confirm();
        assertThat(GridKt._findAll(view.assignments)).hasSize(17);
    }

    private void withdraw(String title) {
        AssignmentView view = (AssignmentView) ViewTesting.currentView();
        int row = GridKt._findAll(view.assignments).stream().map(AssignmentBoard.Row::title).toList().indexOf(title);
        LocatorJ._click(LocatorJ._get(GridKt._getCellComponent(view.assignments, row, "actions"), Button.class,
                spec -> spec.withText("Withdraw")));
    }

    private AssignmentView open() {
        return (AssignmentView) ViewTesting.navigate("organiser/rounds/" + scenario.round().id() + "/assignment");
    }
}
