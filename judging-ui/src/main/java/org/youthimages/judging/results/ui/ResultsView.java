package org.youthimages.judging.results.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.youthimages.judging.base.ui.Actions;
import org.youthimages.judging.base.ui.CurrentAccount;
import org.youthimages.judging.base.ui.Downloads;
import org.youthimages.judging.base.ui.MainLayout;
import org.youthimages.judging.base.ui.Notifications;
import org.youthimages.storage.account.AccessDeniedException;
import org.youthimages.storage.edition.Round;
import org.youthimages.storage.edition.RoundRepository;
import org.youthimages.storage.results.Leaderboard;
import org.youthimages.storage.results.ResultsBoard;
import org.youthimages.storage.results.ResultsCsv;
import org.youthimages.storage.results.Shortlists;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A round's results for the organisers and the jury's deliberation: per age category, the leaderboard with the
 * weighted mean, the mean after per-juror normalisation (explained in one sentence), the median, the number of
 * scores, the watched share and a flag where jurors disagree; ties shown as ties with the round's tie-break rule.
 * In a ranked vote, the Schulze order with the pairwise table. Films advance to the next round from here; the
 * results and every score download as CSV.
 */
@Route(value = "organiser/rounds/:roundId/results", layout = MainLayout.class)
@RolesAllowed("ORGANISER")
@Prototype
public class ResultsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ResultsBoard results;
    private final ResultsCsv csv;
    private final Shortlists shortlists;
    private final RoundRepository rounds;
    final List<Grid<ResultsBoard.Line>> leaderboards = new ArrayList<>();
    final Select<Round> nextRound = new Select<>();
    final Button advance = new Button();
    Grid<ResultsBoard.Film> pairwise;
    private Round round;

    ResultsView(ResultsBoard results, ResultsCsv csv, Shortlists shortlists, RoundRepository rounds) {
        this.results = results;
        this.csv = csv;
        this.shortlists = shortlists;
        this.rounds = rounds;
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        round = event.getRouteParameters().getLong("roundId").flatMap(rounds::findById)
                .orElseThrow(() -> new AccessDeniedException("No such round"));
        removeAll();
        leaderboards.clear();
        add(downloads());
        if (round.voting() == Round.Voting.RANKED) {
            add(ranked());
        } else {
            Paragraph explained = new Paragraph(getTranslation("results.normalisationExplained"));
            explained.addClassName("yi-intro");
            List<Round> next = shortlists.nextRounds(CurrentAccount.require(), round.id());
            add(explained, new Paragraph(getTranslation("results.tieBreak",
                    getTranslation("tieBreak." + round.tieBreak().name()))), leaderboard(!next.isEmpty()),
                    advanceBar(next));
        }
    }

    private HorizontalLayout downloads() {
        String base = "round-" + round.id();
        HorizontalLayout links = new HorizontalLayout(
                Downloads.csv(getTranslation("results.csvResults"), base + "-results.csv",
                        out -> csv.writeResults(CurrentAccount.require(), round.id(), out)),
                Downloads.csv(getTranslation("results.csvScores"), base + "-scores.csv",
                        out -> csv.writeScores(CurrentAccount.require(), round.id(), out)),
                Downloads.csv(getTranslation("results.csvComments"), base + "-comments.csv",
                        out -> csv.writeComments(CurrentAccount.require(), round.id(), out)));
        links.addClassName("yi-filters");
        return links;
    }

    /** Films are chosen (check boxes) only to advance them, so only when there is a round to advance them to. */
    private Component leaderboard(boolean advancing) {
        List<ResultsBoard.Category> board = results.leaderboard(CurrentAccount.require(), round.id());
        if (board.isEmpty()) {
            return new Paragraph(getTranslation("results.none"));
        }
        TabSheet tabs = new TabSheet();
        for (ResultsBoard.Category category : board) {
            Grid<ResultsBoard.Line> grid = new Grid<>();
            grid.setSelectionMode(advancing ? Grid.SelectionMode.MULTI : Grid.SelectionMode.NONE);
            grid.addColumn(this::place).setHeader(getTranslation("results.place")).setAutoWidth(true).setFlexGrow(0);
            grid.addColumn(l -> l.film().reference()).setHeader(getTranslation("scores.reference")).setAutoWidth(true);
            grid.addColumn(l -> l.film().title()).setHeader(getTranslation("scores.film")).setAutoWidth(true).setFlexGrow(2);
            grid.addColumn(l -> number(l.place().result().weightedMean())).setHeader(getTranslation("results.mean"));
            grid.addColumn(l -> number(l.place().result().normalisedScore()))
                    .setHeader(getTranslation("results.normalised")).setTooltipGenerator(l ->
                            getTranslation("results.z", number(l.place().result().normalisedMean())));
            grid.addColumn(l -> number(l.place().result().median())).setHeader(getTranslation("results.median"));
            grid.addColumn(l -> l.place().result().scores()).setHeader(getTranslation("results.scores"));
            grid.addColumn(l -> Math.round(l.place().result().watchedPercent()) + " %")
                    .setHeader(getTranslation("scores.watched"));
            grid.addComponentColumn(this::spread).setHeader(getTranslation("results.spread"));
            grid.setAllRowsVisible(true);
            grid.setItems(category.lines());
            leaderboards.add(grid);
            tabs.add(category.name().isEmpty() ? "—" : category.name(), grid);
        }
        tabs.setWidthFull();
        return tabs;
    }

    /** "1", or "=2" when the place is shared; "2 (median)" when the tie-break rule decided it. */
    String place(ResultsBoard.Line line) {
        Leaderboard.Place p = line.place();
        if (p.tied()) {
            return getTranslation("results.tied", p.rank());
        }
        return p.tieBreak() == null ? String.valueOf(p.rank())
                : getTranslation("results.brokenTie", p.rank(), getTranslation("tieBreak." + p.tieBreak().name()));
    }

    private Span spread(ResultsBoard.Line line) {
        Span spread = new Span(number(line.place().result().spread()));
        if (line.place().result().disagreement()) {
            spread.setText(spread.getText() + " ⚑");
            spread.addClassName("yi-disagreement");
            spread.getElement().setAttribute("title", getTranslation("results.disagreement",
                    round.disagreementThreshold().stripTrailingZeros().toPlainString()));
        }
        return spread;
    }

    private Component advanceBar(List<Round> next) {
        if (next.isEmpty()) {
            return new Span();
        }
        nextRound.setLabel(getTranslation("results.advanceTo"));
        nextRound.setItems(next);
        nextRound.setItemLabelGenerator(Round::name);
        nextRound.setValue(next.getFirst());
        advance.setText(getTranslation("results.advance"));
        advance.addClickListener(click -> advanceSelected());
        HorizontalLayout bar = new HorizontalLayout(nextRound, advance);
        bar.setAlignItems(Alignment.BASELINE);
        return bar;
    }

    private void advanceSelected() {
        List<Long> films = leaderboards.stream().flatMap(g -> g.getSelectedItems().stream())
                .map(l -> l.film().entryId()).toList();
        if (films.isEmpty()) {
            Notifications.info(getTranslation("screening.selectFirst"));
            return;
        }
        int[] added = new int[1];
        if (Actions.run(this, () -> added[0] = shortlists.advance(CurrentAccount.require(), nextRound.getValue().id(),
                films))) {
            Notifications.success(getTranslation("results.advanced", added[0], nextRound.getValue().name()));
        }
    }

    private Component ranked() {
        ResultsBoard.Ranked vote = results.ranked(CurrentAccount.require(), round.id());
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        layout.add(new Paragraph(getTranslation("results.rankedExplained", vote.ballots())));
        layout.add(new H3(getTranslation("results.order")));
        Grid<List<Long>> order = new Grid<>();
        List<List<Long>> groups = vote.result().order();
        order.addColumn(group -> {
            int place = 1 + groups.subList(0, groups.indexOf(group)).stream().mapToInt(List::size).sum();
            return group.size() > 1 ? getTranslation("results.tied", place) : String.valueOf(place);
        })
                .setHeader(getTranslation("results.place")).setAutoWidth(true).setFlexGrow(0);
        order.addColumn(group -> String.join(" · ", group.stream().map(id -> vote.film(id).reference() + " "
                + vote.film(id).title()).toList())).setHeader(getTranslation("scores.film"));
        order.setItems(groups);
        order.setAllRowsVisible(true);
        layout.add(order, new H3(getTranslation("results.pairwise")),
                new Paragraph(getTranslation("results.pairwiseExplained")));
        pairwise = matrix(vote, vote.result().pairwise(), true);
        Grid<ResultsBoard.Film> strongest = matrix(vote, vote.result().strongest(), false);
        layout.add(pairwise, new H3(getTranslation("results.strongest")),
                new Paragraph(getTranslation("results.strongestExplained")), strongest);
        return layout;
    }

    /** Rows and columns are films; cell [i][j] is the table's number for i over j, shown in bold where i beats j. */
    private Grid<ResultsBoard.Film> matrix(ResultsBoard.Ranked vote, int[][] table, boolean pairwiseTable) {
        Grid<ResultsBoard.Film> grid = new Grid<>();
        List<ResultsBoard.Film> films = vote.films();
        grid.addColumn(f -> f.reference() + " " + f.title()).setHeader(getTranslation("results.over"))
                .setAutoWidth(true).setFrozen(true);
        for (int j = 0; j < films.size(); j++) {
            int column = j;
            grid.addComponentColumn(f -> {
                int row = films.indexOf(f);
                if (row == column) {
                    return new Span("—");
                }
                Span cell = new Span(String.valueOf(table[row][column]));
                if (table[row][column] > table[column][row]) {
                    cell.addClassName("yi-beats");
                }
                return cell;
            }).setHeader(films.get(j).reference()).setKey((pairwiseTable ? "d" : "p") + j).setAutoWidth(true);
        }
        grid.setItems(films);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private String number(double value) {
        return String.format(getLocale() == null ? Locale.ENGLISH : getLocale(), "%.2f", value);
    }

    @Override
    public String getPageTitle() {
        return round == null ? getTranslation("results.title") : getTranslation("results.titleOf", round.name());
    }
}
