package org.youthimages.judging.assignment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.youthimages.judging.base.ui.Actions;
import org.youthimages.judging.base.ui.CurrentAccount;
import org.youthimages.judging.base.ui.Formats;
import org.youthimages.judging.base.ui.MainLayout;
import org.youthimages.judging.base.ui.Notifications;
import org.youthimages.storage.account.AccessDeniedException;
import org.youthimages.storage.assignment.AssignmentBoard;
import org.youthimages.storage.assignment.AssignmentChanges;
import org.youthimages.storage.assignment.AssignmentRun;
import org.youthimages.storage.assignment.JurorReminders;
import org.youthimages.storage.assignment.RoundAssignment;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.edition.EditionRepository;
import org.youthimages.storage.edition.Round;
import org.youthimages.storage.edition.RoundRepository;
import org.youthimages.storage.judging.JuryPanels;

import java.time.Instant;
import java.util.List;

import static org.youthimages.judging.base.ui.RowButtons.small;

/**
 * A round's jury assignment: the automatic assignment (previewed, then applied; run again after changes), changes
 * by hand, drop-outs, and the progress board per juror and per age category with reminder emails.
 */
@Route(value = "organiser/rounds/:roundId/assignment", layout = MainLayout.class)
@RolesAllowed("ORGANISER")
@Prototype
public class AssignmentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RoundAssignment automatic;
    private final AssignmentChanges changes;
    private final AssignmentBoard board;
    private final JurorReminders reminders;
    private final JuryPanels panels;
    private final RoundRepository rounds;
    private final EditionRepository editions;
    final Button assign = new Button();
    final Button remindAll = new Button();
    final Button byHand = new Button();
    final Grid<AssignmentBoard.JurorProgress> jurors = new Grid<>();
    final Grid<AssignmentBoard.CategoryProgress> categories = new Grid<>();
    final Grid<AssignmentBoard.Row> assignments = new Grid<>();
    final Grid<AssignmentBoard.ShortFilm> shortFilms = new Grid<>();
    final Paragraph summary = new Paragraph();
    private Round round;
    private Edition edition;

    AssignmentView(RoundAssignment automatic, AssignmentChanges changes, AssignmentBoard board,
                   JurorReminders reminders, JuryPanels panels, RoundRepository rounds, EditionRepository editions) {
        this.automatic = automatic;
        this.changes = changes;
        this.board = board;
        this.reminders = reminders;
        this.panels = panels;
        this.rounds = rounds;
        this.editions = editions;
        assign.setText(getTranslation("assignment.auto"));
        assign.setIcon(VaadinIcon.AUTOMATION.create());
        assign.addThemeVariants(ButtonVariant.PRIMARY);
        assign.addClickListener(click -> preview());
        remindAll.setText(getTranslation("assignment.remindAll"));
        remindAll.setIcon(VaadinIcon.ENVELOPE_O.create());
        remindAll.addClickListener(click -> remind(board.jurors(CurrentAccount.require(), round.id()).stream()
                .filter(j -> j.unfinished() > 0).map(AssignmentBoard.JurorProgress::jurorId).toList()));
        byHand.setText(getTranslation("assignment.byHand"));
        byHand.addClickListener(click -> assignByHand(null));
        jurorColumns();
        categoryColumns();
        assignmentColumns();
        shortColumns();
        TabSheet tabs = new TabSheet();
        tabs.add(getTranslation("assignment.tab.jurors"), jurors);
        tabs.add(getTranslation("assignment.tab.categories"), categories);
        tabs.add(getTranslation("assignment.tab.assignments"), assignments);
        tabs.add(getTranslation("assignment.tab.short"), shortFilms);
        tabs.setSizeFull();
        HorizontalLayout actions = new HorizontalLayout(assign, byHand, remindAll);
        actions.addClassName("yi-filters");
        add(summary, actions, tabs);
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        round = event.getRouteParameters().getLong("roundId").flatMap(rounds::findById)
                .orElseThrow(() -> new AccessDeniedException("No such round"));
        edition = editions.findById(round.editionId()).orElseThrow();
        refresh();
    }

    private void jurorColumns() {
        jurors.addColumn(AssignmentBoard.JurorProgress::name).setHeader(getTranslation("scores.juror")).setAutoWidth(true);
        jurors.addColumn(j -> getTranslation("assignment.progress", j.submitted(), j.assigned()))
                .setHeader(getTranslation("assignment.submitted"));
        jurors.addColumn(AssignmentBoard.JurorProgress::drafts).setHeader(getTranslation("assignment.drafts"));
        // a moment with its time zone reads in full, never cut to "2026-12-04 17:…"
        jurors.addColumn(j -> when(j.lastActivity())).setHeader(getTranslation("assignment.lastActivity"))
                .setKey("lastActivity").setAutoWidth(true);
        jurors.addColumn(j -> when(j.remindedAt())).setHeader(getTranslation("assignment.reminded"))
                .setKey("reminded").setAutoWidth(true);
        jurors.addComponentColumn(j -> {
            HorizontalLayout buttons = new HorizontalLayout();
            if (j.unfinished() > 0) {
                buttons.add(small(getTranslation("assignment.remind"), () -> remind(List.of(j.jurorId()))));
            }
            if (j.onPanel()) {
                buttons.add(small(getTranslation("assignment.dropOut"), () -> dropOut(j)));
            }
            return buttons;
        }).setKey("actions").setAutoWidth(true);
        jurors.setSizeFull();
    }

    private void categoryColumns() {
        categories.addColumn(c -> c.category().isEmpty() ? "—" : c.category()).setHeader(getTranslation("film.category"));
        categories.addColumn(c -> getTranslation("assignment.filmsComplete", c.complete(), c.films()))
                .setHeader(getTranslation("assignment.films"));
        categories.addColumn(c -> getTranslation("assignment.progress", c.submitted(), c.assignments()))
                .setHeader(getTranslation("assignment.scorecards"));
        categories.setSizeFull();
    }

    private void assignmentColumns() {
        assignments.setEmptyStateText(getTranslation("empty.assignments"));
        assignments.addColumn(AssignmentBoard.Row::reference).setHeader(getTranslation("scores.reference")).setAutoWidth(true);
        assignments.addColumn(AssignmentBoard.Row::title).setHeader(getTranslation("scores.film")).setAutoWidth(true);
        assignments.addColumn(AssignmentBoard.Row::category).setHeader(getTranslation("film.category"));
        assignments.addColumn(AssignmentBoard.Row::juror).setHeader(getTranslation("scores.juror")).setAutoWidth(true);
        assignments.addColumn(r -> getTranslation("queue.progress." + r.progress().name()))
                .setHeader(getTranslation("scores.state"));
        assignments.addColumn(r -> Formats.percent(r.watchedPercent())).setHeader(getTranslation("scores.watched"));
        assignments.addComponentColumn(r -> new HorizontalLayout(
                small(getTranslation("assignment.handTo"), () -> handTo(r)),
                small(getTranslation("assignment.withdraw"), () -> withdraw(r))))
                .setKey("actions").setAutoWidth(true);
        assignments.setSizeFull();
    }

    private void shortColumns() {
        shortFilms.setEmptyStateText(getTranslation("empty.shortFilms"));
        shortFilms.addColumn(AssignmentBoard.ShortFilm::reference).setHeader(getTranslation("scores.reference"));
        shortFilms.addColumn(AssignmentBoard.ShortFilm::title).setHeader(getTranslation("scores.film")).setAutoWidth(true);
        shortFilms.addColumn(f -> getTranslation("assignment.jurorsOf", f.jurors(), round.jurorsPerFilm()))
                .setHeader(getTranslation("assignment.jurors"));
        shortFilms.addComponentColumn(f -> small(getTranslation("assignment.assignTo"), () -> assignByHand(f)))
                .setKey("actions");
        shortFilms.setSizeFull();
    }

    private void preview() {
        AssignmentRun[] run = new AssignmentRun[1];
        if (!Actions.run(this, () -> run[0] = automatic.preview(CurrentAccount.require(), round.id()))) {
            return;
        }
        AssignmentRun p = run[0];
        String load = p.minLoad() == p.maxLoad() ? getTranslation("assignment.load", p.minLoad())
                : getTranslation("assignment.loadRange", p.minLoad(), p.maxLoad());
        String text = getTranslation("assignment.preview", p.films(), p.jurors(), p.jurorsPerFilm(), p.added(),
                p.withdrawn(), p.kept(), load)
                + (p.shortOfJurors().isEmpty() ? "" : " " + getTranslation("assignment.previewShort",
                String.join(", ", p.shortOfJurors())));
        Actions.ask(this, getTranslation("assignment.auto"), text, getTranslation("assignment.apply"), () -> {
            AssignmentRun[] applied = new AssignmentRun[1];
            if (Actions.run(this, () -> applied[0] = automatic.apply(CurrentAccount.require(), round.id()))) {
                Notifications.success(getTranslation("assignment.applied", applied[0].added(), applied[0].withdrawn()));
                refresh();
            }
        });
    }

    private void remind(List<Long> jurorIds) {
        int[] sent = new int[1];
        if (Actions.run(this, () -> sent[0] = reminders.remind(CurrentAccount.require(), round.id(), jurorIds))) {
            Notifications.success(getTranslation("assignment.reminded.done", sent[0]));
            refresh();
        }
    }

    private void dropOut(AssignmentBoard.JurorProgress juror) {
        Actions.ask(this, getTranslation("assignment.dropOut"), getTranslation("assignment.dropOutText", juror.name()),
                getTranslation("assignment.dropOut"), () -> {
                    if (Actions.run(this, () -> changes.dropOut(CurrentAccount.require(), round.id(), juror.jurorId()))) {
                        Notifications.success(getTranslation("assignment.droppedOut", juror.name()));
                        refresh();
                    }
                });
    }

    /** A submitted scorecard of a withdrawn assignment stops counting in the results, so the organiser is told. */
    private void withdraw(AssignmentBoard.Row row) {
        String text = getTranslation("assignment.withdrawText", row.title(), row.juror())
                + (row.progress() == AssignmentBoard.Progress.SUBMITTED
                ? " " + getTranslation("assignment.withdrawSubmitted", row.juror()) : "");
        Actions.ask(this, getTranslation("assignment.withdrawTitle", row.title(), row.juror()), text,
                getTranslation("assignment.withdraw"), () -> {
                    if (Actions.run(this, () -> changes.withdraw(CurrentAccount.require(), row.assignmentId()))) {
                        refresh();
                    }
                });
    }

    private void handTo(AssignmentBoard.Row row) {
        ComboBox<JuryPanels.Juror> juror = jurorChoice();
        Dialog dialog = new Dialog(getTranslation("assignment.handToTitle", row.title(), row.juror()));
        Button confirm = new Button(getTranslation("assignment.handTo"), click -> {
            if (juror.getValue() != null && Actions.run(this, () -> changes.replace(CurrentAccount.require(),
                    row.assignmentId(), juror.getValue().accountId()))) {
                dialog.close();
                refresh();
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(juror);
        dialog.getFooter().add(new Button(getTranslation("setup.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private void assignByHand(AssignmentBoard.ShortFilm chosen) {
        ComboBox<AssignmentBoard.ShortFilm> film = new ComboBox<>(getTranslation("scores.film"));
        film.setItems(board.films(CurrentAccount.require(), round.id()));
        film.setItemLabelGenerator(f -> f.reference() + " · " + f.title());
        film.setValue(chosen);
        film.setWidthFull();
        ComboBox<JuryPanels.Juror> juror = jurorChoice();
        Dialog dialog = new Dialog(getTranslation("assignment.byHand"));
        Button confirm = new Button(getTranslation("assignment.assignTo"), click -> {
            if (film.getValue() != null && juror.getValue() != null && Actions.run(this, () -> changes.assign(
                    CurrentAccount.require(), round.id(), film.getValue().entryId(), juror.getValue().accountId()))) {
                dialog.close();
                refresh();
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new VerticalLayout(film, juror));
        dialog.getFooter().add(new Button(getTranslation("setup.cancel"), click -> dialog.close()), confirm);
        dialog.setWidth("min(36rem, 95vw)");
        dialog.open();
    }

    private ComboBox<JuryPanels.Juror> jurorChoice() {
        ComboBox<JuryPanels.Juror> juror = new ComboBox<>(getTranslation("scores.juror"));
        juror.setItems(panels.jurors(CurrentAccount.require()));
        juror.setItemLabelGenerator(j -> j.name() + " · " + j.email());
        juror.setWidthFull();
        return juror;
    }

    private void refresh() {
        var acting = CurrentAccount.require();
        List<AssignmentBoard.ShortFilm> films = board.films(acting, round.id());
        List<AssignmentBoard.ShortFilm> missing = AssignmentBoard.shortOf(films, round.jurorsPerFilm());
        summary.setText(getTranslation("assignment.summary", films.size(), round.jurorsPerFilm(), missing.size(),
                getTranslation("rounds.state." + round.state().name())));
        jurors.setItems(board.jurors(acting, round.id()));
        categories.setItems(board.categories(acting, round.id()));
        assignments.setItems(board.assignments(acting, round.id()));
        shortFilms.setItems(missing);
    }

    private String when(Instant at) {
        return at == null ? "—" : Formats.dateTime(at, edition.timeZone());
    }

    @Override
    public String getPageTitle() {
        return round == null ? getTranslation("assignment.title") : getTranslation("assignment.titleOf", round.name());
    }
}
