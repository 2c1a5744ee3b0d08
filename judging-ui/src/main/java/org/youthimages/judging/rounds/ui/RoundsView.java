package org.youthimages.judging.rounds.ui;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.youthimages.judging.base.ui.Actions;
import org.youthimages.judging.base.ui.CurrentAccount;
import org.youthimages.judging.base.ui.EditionChoice;
import org.youthimages.judging.base.ui.Formats;
import org.youthimages.judging.base.ui.MainLayout;
import org.youthimages.judging.base.ui.Notifications;
import org.youthimages.judging.assignment.ui.AssignmentView;
import org.youthimages.judging.results.ui.ResultsView;
import org.youthimages.storage.assignment.AssignmentBoard;
import org.youthimages.storage.edition.EditionEditor;
import org.youthimages.storage.edition.Round;
import org.youthimages.storage.judging.RoundControl;

import java.time.Instant;
import java.util.List;

/**
 * Organisers open a round to its jurors, close it, reveal its scores to the jurors, and go to its assignment, its
 * scorecards and its results.
 */
@Route(value = "organiser/rounds", layout = MainLayout.class)
@RolesAllowed("ORGANISER")
@Prototype
public class RoundsView extends VerticalLayout implements HasDynamicTitle {

    private final RoundControl control;
    private final AssignmentBoard board;
    final EditionChoice edition;
    final Grid<Round> grid = new Grid<>();

    RoundsView(RoundControl control, AssignmentBoard board, EditionEditor editions) {
        this.control = control;
        this.board = board;
        edition = new EditionChoice(editions.editions(CurrentAccount.require()));
        edition.addValueChangeListener(e -> refresh());
        grid.setEmptyStateText(getTranslation("empty.rounds"));
        grid.addColumn(Round::name).setHeader(getTranslation("rounds.name")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("rounds.kind." + r.kind().name())).setHeader(getTranslation("rounds.kind"));
        grid.addComponentColumn(r -> new Badge(getTranslation("rounds.state." + r.state().name()
                + (r.scoresRevealed() ? "_REVEALED" : "")))).setHeader(getTranslation("rounds.state"));
        grid.addColumn(this::closes).setHeader(getTranslation("rounds.closes")).setKey("closes").setAutoWidth(true);
        grid.addColumn(this::progress).setHeader(getTranslation("assignment.scorecards")).setKey("progress")
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        add(edition, grid);
        setSizeFull();
        refresh();
    }

    /** How far the jury has got: scorecards submitted of those assigned, at a glance for each round. */
    private String progress(Round round) {
        List<AssignmentBoard.JurorProgress> jurors = board.jurors(CurrentAccount.require(), round.id());
        int assigned = jurors.stream().mapToInt(AssignmentBoard.JurorProgress::assigned).sum();
        int submitted = jurors.stream().mapToInt(AssignmentBoard.JurorProgress::submitted).sum();
        return assigned == 0 ? getTranslation("rounds.progress.none")
                : getTranslation("assignment.progress", submitted, assigned);
    }

    /** Going to a round's screens comes first; changes to the round come after, the lasting ones asked first. */
    private HorizontalLayout actions(Round round) {
        HorizontalLayout actions = new HorizontalLayout(link("rounds.assignment", AssignmentView.class, round),
                link("rounds.scorecards", RoundScorecardsView.class, round),
                link("rounds.results", ResultsView.class, round));
        if (round.state() != Round.State.OPEN) {
            actions.add(action("rounds.open", () -> open(round)));
        }
        if (round.state() == Round.State.OPEN) {
            actions.add(action("rounds.close", () -> close(round)));
        }
        if (round.state() == Round.State.CLOSED && !round.scoresRevealed()) {
            actions.add(action("rounds.reveal", () -> reveal(round)));
        }
        return actions;
    }

    private void open(Round round) {
        Actions.ask(this, OpeningQuestion.title(this, round),
                OpeningQuestion.text(this, round, edition.getValue().timeZone(), Instant.now()),
                getTranslation("rounds.open"),
                () -> change("rounds.open", () -> control.open(CurrentAccount.require(), round.id())));
    }

    private String closes(Round round) {
        return round.closesAt() == null ? getTranslation("rounds.noDeadline")
                : Formats.dateTime(round.closesAt(), edition.getValue().timeZone());
    }

    /** Drafts left when a round closes are never submitted, so the organiser sees how many first. */
    private void close(Round round) {
        int drafts = board.jurors(CurrentAccount.require(), round.id()).stream()
                .mapToInt(AssignmentBoard.JurorProgress::drafts).sum();
        Actions.ask(this, getTranslation("rounds.closeTitle", round.name()), getTranslation("rounds.closeText", drafts),
                getTranslation("rounds.close"),
                () -> change("rounds.close", () -> control.close(CurrentAccount.require(), round.id())));
    }

    private void reveal(Round round) {
        Actions.ask(this, getTranslation("rounds.revealTitle", round.name()), getTranslation("rounds.revealText"),
                getTranslation("rounds.reveal"),
                () -> change("rounds.reveal", () -> control.revealScores(CurrentAccount.require(), round.id())));
    }

    private Button link(String key, Class<? extends com.vaadin.flow.component.Component> view, Round round) {
        Button button = new Button(getTranslation(key), click -> getUI().ifPresent(ui ->
                ui.navigate(view, new RouteParameters("roundId", String.valueOf(round.id())))));
        button.addThemeVariants(ButtonVariant.SMALL);
        return button;
    }

    private Button action(String key, Runnable run) {
        Button button = new Button(getTranslation(key), click -> run.run());
        button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        return button;
    }

    private void change(String key, Runnable run) {
        run.run();
        Notifications.success(getTranslation(key + ".done"));
        refresh();
    }

    private void refresh() {
        grid.setItems(edition.getValue() == null ? List.of()
                : control.rounds(CurrentAccount.require(), edition.getValue().id()));
        // the buttons change with the round's state; widths measured for the old ones would clip the new ones
        grid.recalculateColumnWidths();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rounds.title");
    }
}
