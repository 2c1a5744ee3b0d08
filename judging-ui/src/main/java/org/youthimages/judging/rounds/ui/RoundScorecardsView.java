package org.youthimages.judging.rounds.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.youthimages.judging.base.ui.CurrentAccount;
import org.youthimages.judging.base.ui.Formats;
import org.youthimages.judging.base.ui.MainLayout;
import org.youthimages.judging.base.ui.Notifications;
import org.youthimages.storage.account.AccessDeniedException;
import org.youthimages.storage.edition.Round;
import org.youthimages.storage.edition.RoundRepository;
import org.youthimages.storage.judging.Conflicts;
import org.youthimages.storage.judging.CriterionSheet;
import org.youthimages.storage.judging.ScoredCard;
import org.youthimages.storage.judging.ScorecardOverview;
import org.youthimages.storage.judging.ScorecardSheet;
import org.youthimages.storage.judging.Scorecards;

import java.util.List;

/**
 * A round's scorecards for organisers: every score with the share of the film its juror watched beside it (and a
 * flag where the juror confirmed submitting below the round's threshold), unlocking a submitted scorecard, and the
 * conflicts of interest declared, to reassign those films.
 */
@Route(value = "organiser/rounds/:roundId", layout = MainLayout.class)
@RolesAllowed("ORGANISER")
@Prototype
public class RoundScorecardsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ScorecardOverview overview;
    private final Scorecards scorecards;
    private final Conflicts conflicts;
    private final RoundRepository rounds;
    final Grid<ScoredCard> grid = new Grid<>();
    final Grid<Conflicts.Declared> conflictGrid = new Grid<>();
    private Round round;
    private List<CriterionSheet> criteria = List.of();

    RoundScorecardsView(ScorecardOverview overview, Scorecards scorecards, Conflicts conflicts, RoundRepository rounds) {
        this.overview = overview;
        this.scorecards = scorecards;
        this.conflicts = conflicts;
        this.rounds = rounds;
        conflictGrid.setEmptyStateText(getTranslation("empty.conflicts"));
        conflictGrid.addColumn(Conflicts.Declared::reference).setHeader(getTranslation("scores.reference"));
        conflictGrid.addColumn(Conflicts.Declared::title).setHeader(getTranslation("scores.film"));
        conflictGrid.addColumn(Conflicts.Declared::juror).setHeader(getTranslation("scores.juror"));
        conflictGrid.addColumn(Conflicts.Declared::reason).setHeader(getTranslation("scores.reason")).setFlexGrow(2);
        conflictGrid.setAllRowsVisible(true);
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        round = event.getRouteParameters().getLong("roundId").flatMap(rounds::findById)
                .orElseThrow(() -> new AccessDeniedException("No such round"));
        removeAll();
        grid.removeAllColumns();
        grid.setEmptyStateText(getTranslation("empty.scorecards"));
        // With many criteria the grid scrolls sideways: film and juror stay in view on the left, actions on the right.
        grid.addColumn(ScoredCard::reference).setHeader(getTranslation("scores.reference")).setAutoWidth(true)
                .setKey("reference").setFrozen(true);
        grid.addColumn(ScoredCard::title).setHeader(getTranslation("scores.film")).setWidth("8rem").setFlexGrow(1)
                .setKey("film").setFrozen(true);
        grid.addColumn(ScoredCard::juror).setHeader(getTranslation("scores.juror")).setAutoWidth(true)
                .setKey("juror").setFrozen(true);
        grid.addComponentColumn(this::state).setHeader(getTranslation("scores.state"));
        criteria = overview.criteria(CurrentAccount.require(), round.id());
        for (CriterionSheet criterion : criteria) {
            grid.addColumn(card -> card.scores().get(criterion.code())).setHeader(wrapping(criterion.name()))
                    .setWidth("6rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        }
        grid.addColumn(card -> card.weightedMean() == null ? "" : card.weightedMean().toPlainString())
                .setHeader(wrapping(getTranslation("scores.mean"))).setWidth("6rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(this::watched).setHeader(getTranslation("scores.watched")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::readComments).setKey("comments").setAutoWidth(true).setFlexGrow(0)
                .setFrozenToEnd(true);
        grid.addComponentColumn(this::unlock).setKey("unlock").setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::comments));
        grid.setDetailsVisibleOnClick(false);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        refresh();
        add(grid, new H3(getTranslation("scores.conflicts")), conflictGrid);
    }

    /** A header that wraps: criteria have long names, and a round's scores should fit a laptop's width. */
    private static Span wrapping(String text) {
        Span header = new Span(text);
        header.addClassName("yi-wrapping-header");
        return header;
    }

    private Badge state(ScoredCard card) {
        Badge badge = new Badge(getTranslation("queue.progress." + card.state().name()));
        badge.addThemeVariants(card.state() == ScorecardSheet.State.SUBMITTED ? BadgeVariant.SUCCESS
                : BadgeVariant.WARNING);
        return badge;
    }

    private Span watched(ScoredCard card) {
        Span watched = new Span(Formats.percent(card.watchedPercent()));
        boolean short_ = card.watchedPercent().intValue() < round.watchThresholdPercent();
        if (short_) {
            watched.addClassName("yi-short-watch");
            watched.getElement().setAttribute("title", getTranslation(card.confirmedBelowThreshold()
                    ? "scores.confirmedShort" : "scores.short", round.watchThresholdPercent()));
        }
        return watched;
    }

    /** Opens the row's comments; hidden when the juror wrote none. */
    private Button readComments(ScoredCard card) {
        Button read = rowAction(VaadinIcon.COMMENT_ELLIPSIS_O, "scores.comments",
                click -> grid.setDetailsVisible(card, !grid.isDetailsVisible(card)));
        read.setVisible(!card.overallComment().isBlank() || !card.privateNote().isBlank()
                || !card.criterionComments().isEmpty());
        return read;
    }

    /**
     * What the juror wrote: on each criterion they commented on, for the entrant (shown to them once the winners are
     * published), and for the organisers.
     */
    DescriptionList comments(ScoredCard card) {
        DescriptionList comments = new DescriptionList();
        comments.addClassName("yi-entrants-words");
        criteria.stream().filter(c -> card.criterionComments().containsKey(c.code())).forEach(c -> comments.add(
                new DescriptionList.Term(c.name()), new DescriptionList.Description(card.criterionComments().get(c.code()))));
        comments.add(new DescriptionList.Term(getTranslation("scorecard.overall")), new DescriptionList.Description(
                card.overallComment().isBlank() ? getTranslation("scores.noComment") : card.overallComment()));
        comments.add(new DescriptionList.Term(getTranslation("scorecard.note")), new DescriptionList.Description(
                card.privateNote().isBlank() ? getTranslation("scores.noComment") : card.privateNote()));
        return comments;
    }

    private Button unlock(ScoredCard card) {
        Button unlock = rowAction(VaadinIcon.UNLOCK, "scores.unlock", click -> askReason(card));
        unlock.setVisible(card.state() == ScorecardSheet.State.SUBMITTED);
        return unlock;
    }

    /**
     * A row's action as an icon, named for screen readers and in a tooltip: with words, the two actions made a round's
     * scores wider than a laptop beside the menu.
     */
    private Button rowAction(VaadinIcon icon, String text,
                             ComponentEventListener<ClickEvent<Button>> action) {
        Button button = new Button(icon.create(), action);
        button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        button.setAriaLabel(getTranslation(text));
        button.setTooltipText(getTranslation(text));
        return button;
    }

    private void askReason(ScoredCard card) {
        Dialog dialog = new Dialog(getTranslation("scores.unlockTitle", card.juror(), card.title()));
        TextArea reason = new TextArea(getTranslation("scores.reason"));
        reason.setWidthFull();
        Button confirm = new Button(getTranslation("scores.unlock"), click -> {
            scorecards.unlock(CurrentAccount.require(), card.scorecardId(), reason.getValue());
            dialog.close();
            Notifications.success(getTranslation("scores.unlocked"));
            refresh();
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("conflict.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private void refresh() {
        grid.setItems(overview.forRound(CurrentAccount.require(), round.id()));
        conflictGrid.setItems(conflicts.forEdition(CurrentAccount.require(), round.editionId()));
    }

    @Override
    public String getPageTitle() {
        return round == null ? getTranslation("scores.title") : getTranslation("scores.titleOf", round.name());
    }
}
