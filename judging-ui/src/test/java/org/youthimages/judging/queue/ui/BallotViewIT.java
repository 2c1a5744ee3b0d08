package org.youthimages.judging.queue.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
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
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.results.RankedVote;
import org.youthimages.storage.testing.JudgingScenario;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A juror ranks the shortlist in a ranked vote, without a browser. */
@MicronautTest(transactional = false)
@Property(name = "yi.judging.enabled", value = "false")
class BallotViewIT {

    @Inject ApplicationContext context;
    @Inject RankedVote vote;

    private JudgingScenario scenario;
    private ActingAccount juror;
    private List<Entry> films;

    @BeforeEach
    void aRankedRoundWithThreeFilms() {
        scenario = JudgingScenario.create(context);
        scenario.update(scenario.round().withVoting(Round.Voting.RANKED));
        juror = scenario.juror("Rhea Ranker");
        films = List.of(scenario.film("Alpha"), scenario.film("Beta"), scenario.film("Gamma"));
        scenario.assign(films, juror);
        ViewTesting.start(context);
        ViewTesting.signIn(juror);
    }

    @AfterEach
    void stop() {
        ViewTesting.stop();
    }

    @Test
    void theJurorsHomeOffersToRankTheShortlistAndTheBallotIsSavedInTheirOrder() {
        ViewTesting.navigate("judging");
        RoundCard card = LocatorJ._get(RoundCard.class);
        LocatorJ._click(card.rank);
        BallotView ballot = (BallotView) ViewTesting.currentView();
        assertThat(GridKt._findAll(ballot.grid)).extracting(RankedVote.BallotFilm::title)
                .containsExactly("Alpha", "Beta", "Gamma");

        ballot.move(GridKt._get(ballot.grid, 2), -1);
        ballot.move(GridKt._get(ballot.grid, 1), -1);
        LocatorJ._click(ballot.save);

        assertThat(vote.ballotOf(scenario.round().id(), juror.id()))
                .containsExactly(films.get(2).id(), films.get(0).id(), films.get(1).id());
        assertThat(ViewTesting.notifications()).contains("Your ranking is saved.");
    }
}
