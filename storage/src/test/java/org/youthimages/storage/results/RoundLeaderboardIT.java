package org.youthimages.storage.results;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.edition.Criterion;
import org.youthimages.storage.edition.CriterionRepository;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.judging.Score;
import org.youthimages.storage.judging.ScoreRepository;
import org.youthimages.storage.judging.Scorecard;
import org.youthimages.storage.judging.ScorecardRepository;
import org.youthimages.storage.judging.Scorecards;
import org.youthimages.storage.testing.JudgingScenario;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@MicronautTest(transactional = false)
class RoundLeaderboardIT {

    @Inject ApplicationContext context;
    @Inject RoundLeaderboard leaderboard;
    @Inject ResultsRepository results;
    @Inject CriterionRepository criteria;
    @Inject Scorecards scorecards;
    @Inject ScorecardRepository cards;
    @Inject ScoreRepository scores;

    private JudgingScenario fixture;

    @BeforeEach
    void round() {
        fixture = JudgingScenario.create(context);
    }

    @Test
    void computesEachScorecardsWeightedScoreInTheDatabaseOnSubmit() {
        // the sample round: STORY weight 2, CRAFT weight 1, THEME weight 1.5, all 1–10
        Entry film = fixture.film("Crossing", "AGE_13_17", "KE");
        fixture.submit(film, fixture.juror("ana"), 100, 9, 4, 7);

        double stored = leaderboard.cards(fixture.round().id()).score[0];

        assertThat(stored).isCloseTo((2 * 9 + 1 * 4 + 1.5 * 7) / (2 + 1 + 1.5), within(1e-9));
    }

    @Test
    void anUnlockedScorecardLeavesTheResultsAndCountsWithItsNewScoresOnceSubmittedAgain() {
        Entry film = fixture.film("Crossing", "AGE_13_17", "KE");
        Scorecard card = fixture.submit(film, fixture.juror("ana"), 100, 9, 4, 7);

        scorecards.unlock(fixture.organiser(), card.id(), "the juror asked to change a score");
        assertThat(leaderboard.cards(fixture.round().id()).size()).as("a draft counts for nothing").isZero();
        Score story = scores.findByScorecardId(card.id()).stream()
                .filter(s -> s.criterionId() == fixture.criteria().getFirst().id()).findFirst().orElseThrow();
        scores.update(new Score(story.id(), card.id(), story.criterionId(), 3, story.comment()));
        Scorecard draft = cards.findById(card.id()).orElseThrow();
        cards.update(new Scorecard(draft.id(), draft.assignmentId(), Scorecard.State.SUBMITTED, draft.overallComment(),
                draft.privateNote(), draft.watchedPercent(), false, draft.version(), draft.createdAt(),
                draft.updatedAt(), Instant.now()));

        // (2*3 + 4 + 1.5*7) / 4.5
        assertThat(leaderboard.cards(fixture.round().id()).score[0]).isCloseTo(20.5 / 4.5, within(1e-9));
    }

    @Test
    void theScorecardShowsTheWeightedMeanTheResultsCountWhenTheCriteriaHaveDifferentScales() {
        Criterion theme = fixture.criteria().get(2);
        criteria.update(new Criterion(theme.id(), theme.roundId(), theme.code(), theme.name(), theme.guidance(),
                theme.weight(), 1, 5, theme.anchors(), theme.position()));
        Entry film = fixture.film("Crossing", "AGE_13_17", "KE");
        ActingAccount ana = fixture.juror("ana");
        Scorecard card = fixture.submit(film, ana, 100, 9, 4, 3);

        double counted = leaderboard.cards(fixture.round().id()).score[0];
        BigDecimal shown = scorecards.open(ana, cards.findById(card.id()).orElseThrow().assignmentId()).weightedMean();

        // 0-10 each: 2 * 80/9 + 1 * 30/9 + 1.5 * 5, over 4.5
        assertThat(counted).isCloseTo((2 * 80 / 9.0 + 30 / 9.0 + 7.5) / 4.5, within(1e-9));
        assertThat(shown).isEqualByComparingTo(BigDecimal.valueOf(counted).setScale(2, java.math.RoundingMode.HALF_UP));
    }

    @Test
    void recomputesScoresWhenAnOrganiserChangesACriterionsWeight() {
        Entry film = fixture.film("Crossing", "AGE_13_17", "KE");
        fixture.submit(film, fixture.juror("ana"), 100, 10, 1, 1);
        Criterion story = fixture.criteria().getFirst();

        criteria.update(new Criterion(story.id(), story.roundId(), story.code(), story.name(), story.guidance(),
                new BigDecimal("7"), story.scaleMin(), story.scaleMax(), story.anchors(), story.position()));

        // (7*10 + 1 + 1.5) / 9.5
        assertThat(leaderboard.cards(fixture.round().id()).score[0]).isCloseTo(72.5 / 9.5, within(1e-9));
    }

    @Test
    void ranksFilmsPerAgeCategoryCountingOnlySubmittedScorecards() {
        ActingAccount ana = fixture.juror("ana");
        ActingAccount ben = fixture.juror("ben");
        Entry strong = fixture.film("Strong", "AGE_13_17", "KE");
        Entry weak = fixture.film("Weak", "AGE_13_17", "KE");
        Entry younger = fixture.film("Younger", "UP_TO_12", "KE");
        fixture.submit(strong, ana, 100, 9, 9, 9);
        fixture.submit(strong, ben, 95, 8, 8, 8);
        fixture.submit(weak, ana, 100, 3, 3, 3);
        fixture.submit(younger, ben, 50, 6, 6, 6);
        fixture.assignDirectly(weak, ben); // not scored yet: does not count

        Map<Long, List<Leaderboard.Place>> places = leaderboard.byCategory(fixture.round().id());

        assertThat(places).hasSize(2);
        List<Leaderboard.Place> teens = places.values().stream()
                .filter(p -> p.getFirst().result().entryId() == strong.id() || p.getFirst().result().entryId() == weak.id())
                .findFirst().orElseThrow();
        assertThat(teens).extracting(p -> p.result().entryId()).containsExactly(strong.id(), weak.id());
        assertThat(teens.getFirst().result().weightedMean()).isCloseTo(8.5, within(1e-9));
        assertThat(teens.getFirst().result().scores()).isEqualTo(2);
        assertThat(teens.getFirst().result().watchedPercent()).isCloseTo(97.5, within(1e-9));
        assertThat(teens.get(1).result().scores()).isEqualTo(1);
    }
}
