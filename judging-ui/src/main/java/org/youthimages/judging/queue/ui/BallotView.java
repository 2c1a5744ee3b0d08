package org.youthimages.judging.queue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.youthimages.judging.base.ui.Actions;
import org.youthimages.judging.base.ui.CurrentAccount;
import org.youthimages.judging.base.ui.MainLayout;
import org.youthimages.judging.base.ui.Notifications;
import org.youthimages.judging.film.ui.FilmView;
import org.youthimages.storage.account.AccessDeniedException;
import org.youthimages.storage.decision.Refused;
import org.youthimages.storage.results.RankedVote;

import java.util.ArrayList;
import java.util.List;

import static org.youthimages.judging.base.ui.RowButtons.small;

/**
 * The juror's ballot in the jury's final deliberation: the shortlist in their order of preference, best first,
 * moved up and down, each film a click away; saving replaces the previous ballot. The Schulze method combines the
 * ballots.
 */
@Route(value = "judging/ballot/:roundId", layout = MainLayout.class)
@RolesAllowed("JUROR")
@Prototype
public class BallotView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RankedVote vote;
    final Grid<RankedVote.BallotFilm> grid = new Grid<>();
    final Button save = new Button();
    final List<RankedVote.BallotFilm> order = new ArrayList<>();
    private long roundId;

    BallotView(RankedVote vote) {
        this.vote = vote;
        grid.addColumn(f -> order.indexOf(f) + 1).setHeader(getTranslation("results.place")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(RankedVote.BallotFilm::title).setHeader(getTranslation("scores.film")).setFlexGrow(2);
        grid.addComponentColumn(f -> {
            Button up = small("↑", () -> move(f, -1));
            up.setAriaLabel(getTranslation("ballot.up", f.title()));
            Button down = small("↓", () -> move(f, 1));
            down.setAriaLabel(getTranslation("ballot.down", f.title()));
            Button watch = small(getTranslation("ballot.watch"), () -> getUI().ifPresent(ui -> ui.navigate(
                    FilmView.class, new RouteParameters("assignmentId", String.valueOf(f.assignmentId())))));
            return new HorizontalLayout(up, down, watch);
        }).setKey("actions").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        save.setText(getTranslation("ballot.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> {
            if (Actions.run(this, () -> vote.castBallot(CurrentAccount.require(), roundId,
                    order.stream().map(RankedVote.BallotFilm::entryId).toList()))) {
                Notifications.success(getTranslation("ballot.saved"));
            }
        });
        add(new Paragraph(getTranslation("ballot.intro")), grid, save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        roundId = event.getRouteParameters().getLong("roundId").orElse(0L);
        order.clear();
        try {
            order.addAll(vote.ballot(CurrentAccount.require(), roundId));
        } catch (Refused refused) {
            event.rerouteToError(new AccessDeniedException(refused.getMessage()), "");
            return;
        }
        grid.setItems(order);
    }

    void move(RankedVote.BallotFilm film, int direction) {
        int from = order.indexOf(film);
        int to = from + direction;
        if (to >= 0 && to < order.size()) {
            order.remove(from);
            order.add(to, film);
            grid.setItems(order);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ballot.title");
    }
}
