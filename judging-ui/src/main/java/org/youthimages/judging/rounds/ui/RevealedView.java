package org.youthimages.judging.rounds.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.youthimages.judging.base.ui.CurrentAccount;
import org.youthimages.judging.base.ui.MainLayout;
import org.youthimages.storage.judging.CriterionSheet;
import org.youthimages.storage.judging.RevealedScores;
import org.youthimages.storage.judging.ScoredCard;

import java.util.List;

/**
 * After a round closes and the organisers reveal its scores, its jurors see every juror's scores for the films
 * they judged, for the deliberation. Before that, there is nothing to see here.
 */
@Route(value = "revealed", layout = MainLayout.class)
@RolesAllowed("JUROR")
@Prototype
public class RevealedView extends VerticalLayout implements HasDynamicTitle {

    private final RevealedScores revealed;
    final Select<RevealedScores.RevealedRound> round = new Select<>();
    final Grid<ScoredCard> grid = new Grid<>();

    RevealedView(RevealedScores revealed) {
        this.revealed = revealed;
        List<RevealedScores.RevealedRound> rounds = revealed.rounds(CurrentAccount.require());
        if (rounds.isEmpty()) {
            add(new Paragraph(getTranslation("revealed.none")));
            return;
        }
        round.setLabel(getTranslation("revealed.round"));
        round.setItems(rounds);
        round.setItemLabelGenerator(r -> r.roundName() + " · " + r.editionName());
        round.addValueChangeListener(e -> show(e.getValue()));
        add(round, grid);
        setSizeFull();
        round.setValue(rounds.getFirst());
    }

    private void show(RevealedScores.RevealedRound chosen) {
        RevealedScores.Board board = revealed.board(CurrentAccount.require(), chosen.roundId());
        grid.removeAllColumns();
        grid.addColumn(ScoredCard::title).setHeader(getTranslation("scores.film")).setAutoWidth(true);
        grid.addColumn(ScoredCard::juror).setHeader(getTranslation("scores.juror")).setAutoWidth(true);
        for (CriterionSheet criterion : board.criteria()) {
            grid.addColumn(card -> card.scores().get(criterion.code())).setHeader(criterion.name());
        }
        grid.addColumn(card -> card.weightedMean() == null ? "" : card.weightedMean().toPlainString())
                .setHeader(getTranslation("scores.mean"));
        grid.addColumn(ScoredCard::overallComment).setHeader(getTranslation("scorecard.overall")).setFlexGrow(2);
        grid.setItems(board.cards());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("revealed.title");
    }
}
