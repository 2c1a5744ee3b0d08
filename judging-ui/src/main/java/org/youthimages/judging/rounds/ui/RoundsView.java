package org.youthimages.judging.rounds.ui;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.youthimages.judging.base.ui.CurrentAccount;
import org.youthimages.judging.base.ui.Formats;
import org.youthimages.judging.base.ui.MainLayout;
import org.youthimages.judging.base.ui.Notifications;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.edition.EditionRepository;
import org.youthimages.storage.edition.Round;
import org.youthimages.storage.judging.RoundControl;

import java.util.List;

/** Organisers open a round to its jurors, close it, reveal its scores to the jurors, and see its scorecards. */
@Route(value = "organiser/rounds", layout = MainLayout.class)
@RolesAllowed("ORGANISER")
@Prototype
public class RoundsView extends VerticalLayout implements HasDynamicTitle {

    private final RoundControl control;
    final Select<Edition> edition = new Select<>();
    final Grid<Round> grid = new Grid<>();

    RoundsView(RoundControl control, EditionRepository editions) {
        this.control = control;
        List<Edition> all = editions.findAllOrderByYearDescAndNameAsc();
        edition.setLabel(getTranslation("rounds.edition"));
        edition.setItems(all);
        edition.setItemLabelGenerator(Edition::name);
        edition.setWidth("min(28rem, 100%)");
        edition.addValueChangeListener(e -> refresh());
        grid.addColumn(Round::name).setHeader(getTranslation("rounds.name")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("rounds.kind." + r.kind().name())).setHeader(getTranslation("rounds.kind"));
        grid.addComponentColumn(r -> new Badge(getTranslation("rounds.state." + r.state().name()
                + (r.scoresRevealed() ? "_REVEALED" : "")))).setHeader(getTranslation("rounds.state"));
        grid.addColumn(r -> r.closesAt() == null ? "" : Formats.dateTime(r.closesAt(),
                edition.getValue().timeZone(), getLocale())).setHeader(getTranslation("rounds.closes"));
        grid.addComponentColumn(this::actions).setKey("actions");
        add(edition, grid);
        setSizeFull();
        if (!all.isEmpty()) {
            edition.setValue(all.getFirst());
        }
    }

    private HorizontalLayout actions(Round round) {
        HorizontalLayout actions = new HorizontalLayout();
        if (round.state() != Round.State.OPEN) {
            actions.add(action("rounds.open", () -> control.open(CurrentAccount.require(), round.id())));
        }
        if (round.state() == Round.State.OPEN) {
            actions.add(action("rounds.close", () -> control.close(CurrentAccount.require(), round.id())));
        }
        if (round.state() == Round.State.CLOSED && !round.scoresRevealed()) {
            actions.add(action("rounds.reveal", () -> control.revealScores(CurrentAccount.require(), round.id())));
        }
        Button scorecards = new Button(getTranslation("rounds.scorecards"), click -> getUI().ifPresent(ui ->
                ui.navigate(RoundScorecardsView.class, new RouteParameters("roundId", String.valueOf(round.id())))));
        scorecards.addThemeVariants(ButtonVariant.SMALL);
        actions.add(scorecards);
        return actions;
    }

    private Button action(String key, Runnable run) {
        Button button = new Button(getTranslation(key), click -> {
            run.run();
            Notifications.success(getTranslation(key + ".done"));
            refresh();
        });
        button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        return button;
    }

    private void refresh() {
        grid.setItems(edition.getValue() == null ? List.of()
                : control.rounds(CurrentAccount.require(), edition.getValue().id()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rounds.title");
    }
}
