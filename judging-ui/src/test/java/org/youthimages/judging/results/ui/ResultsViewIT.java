package org.youthimages.judging.results.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.grid.GridMultiSelectionModel;
import com.vaadin.flow.component.grid.GridNoneSelectionModel;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthimages.judging.base.ui.Downloads;
import org.youthimages.judging.testing.ViewTesting;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.edition.Round;
import org.youthimages.storage.edition.RoundSettings;
import org.youthimages.storage.edition.RoundSetup;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.results.RankedVote;
import org.youthimages.storage.results.ResultsBoard;
import org.youthimages.storage.results.Shortlists;
import org.youthimages.storage.testing.JudgingScenario;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A round's results: leaderboard with ties, CSV, advancing to the next round, and the ranked vote's tables. */
@MicronautTest(transactional = false)
@Property(name = "yi.judging.enabled", value = "false")
class ResultsViewIT {

    @Inject ApplicationContext context;
    @Inject RoundSetup setup;
    @Inject Shortlists shortlists;
    @Inject RankedVote vote;

    private JudgingScenario scenario;
    private Entry first;
    private Entry second;
    private Entry third;

    @BeforeEach
    void threeScoredFilms() {
        scenario = JudgingScenario.create(context);
        ActingAccount ana = scenario.juror("Ana");
        ActingAccount ben = scenario.juror("Ben");
        first = scenario.film("First");
        second = scenario.film("Second");
        third = scenario.film("Third");
        scenario.submit(first, ana, 100, 9, 9, 9);
        scenario.submit(first, ben, 100, 7, 7, 7);
        scenario.submit(second, ana, 100, 8, 8, 8);
        scenario.submit(second, ben, 100, 8, 8, 8);
        scenario.submit(third, ana, 100, 2, 2, 2);
        scenario.submit(third, ben, 60, 9, 9, 9);
        scenario.update(scenario.round().withVoting(Round.Voting.SCORES));
        ViewTesting.start(context);
        ViewTesting.signIn(scenario.organiser());
    }

    @AfterEach
    void stop() {
        ViewTesting.stop();
    }

    @Test
    void showsTheLeaderboardWithEveryColumnAndTiesBrokenByTheRoundsRule() {
        ResultsView view = open(scenario.round());

        List<ResultsBoard.Line> lines = GridKt._findAll(view.leaderboards.getFirst());
        assertThat(lines).extracting(l -> l.film().title()).containsExactly("First", "Second", "Third");
        // First and Second both average 8.00; the median rule (8 against 8) cannot break it, so it is a tie
        assertThat(view.place(lines.get(0))).isEqualTo("=1 (tie)");
        assertThat(view.place(lines.get(1))).isEqualTo("=1 (tie)");
        assertThat(view.place(lines.get(2))).isEqualTo("3");
        assertThat(lines.get(2).place().result().disagreement()).isTrue();
        assertThat(lines.get(2).place().result().watchedPercent()).isEqualTo(80);
        assertThat(ViewTesting.allText(view)).contains("a harsh juror and a lenient one count the same", "median");
    }

    @Test
    void exportsTheResultsAndEveryScoreAsCsv() {
        ResultsView view = open(scenario.round());

        List<Downloads.Link> links = LocatorJ._find(view, Downloads.Link.class);

        assertThat(links.get(0).contentAsText()).contains("weighted_mean", first.reference(), "8.000");
        assertThat(links.get(1).contentAsText().lines()).hasSize(1 + 6 * 3);
        assertThat(links.get(2).contentAsText().lines().findFirst().orElseThrow())
                .endsWith("reference,title,juror_name,scorecard_state,comment_for_entrant,private_note");
    }

    @Test
    void advancesTheSelectedFilmsToTheNextRoundsShortlist() {
        Round jury = setup.create(scenario.organiser(), scenario.edition().id(),
                RoundSettings.usual(Round.Kind.JURY, "Final jury"));
        ResultsView view = open(scenario.round());
        assertThat(view.leaderboards.getFirst().getSelectionModel()).isInstanceOf(GridMultiSelectionModel.class);
        view.leaderboards.getFirst().asMultiSelect().select(GridKt._get(view.leaderboards.getFirst(), 0),
                GridKt._get(view.leaderboards.getFirst(), 1));

        LocatorJ._click(view.advance);

        assertThat(shortlists.shortlist(scenario.organiser(), jury.id())).extracting(Shortlists.Shortlisted::title)
                .containsExactlyInAnyOrder("First", "Second");
    }

    @Test
    void offersNoCheckBoxesWhenThereIsNoNextRoundToAdvanceFilmsTo() {
        ResultsView view = open(scenario.round());

        assertThat(view.leaderboards.getFirst().getSelectionModel()).isInstanceOf(GridNoneSelectionModel.class);
        assertThat(view.advance.isAttached()).isFalse();
    }

    @Test
    void showsTheRankedVotesOrderAndPairwiseTable() {
        Round ranked = scenario.update(scenario.round().withVoting(Round.Voting.RANKED));
        ActingAccount cleo = scenario.juror("Cleo");
        ActingAccount dan = scenario.juror("Dan");
        for (Entry film : List.of(first, second, third)) {
            scenario.assignDirectly(film, cleo);
            scenario.assignDirectly(film, dan);
        }
        vote.castBallot(cleo, ranked.id(), List.of(second.id(), first.id(), third.id()));
        vote.castBallot(dan, ranked.id(), List.of(second.id(), third.id(), first.id()));

        ResultsView view = open(ranked);

        assertThat(ViewTesting.allText(view)).contains("(2 cast so far)");
        List<ResultsBoard.Film> rows = GridKt._findAll(view.pairwise);
        int secondRow = rows.stream().map(ResultsBoard.Film::entryId).toList().indexOf(second.id());
        int firstColumn = rows.stream().map(ResultsBoard.Film::entryId).toList().indexOf(first.id());
        assertThat(ViewTesting.allText(GridKt._getCellComponent(view.pairwise, secondRow, "d" + firstColumn)))
                .contains("2");
    }

    private ResultsView open(Round round) {
        return (ResultsView) ViewTesting.navigate("organiser/rounds/" + round.id() + "/results");
    }
}
