package org.youthimages.storage.results;

import org.junit.jupiter.api.Test;
import org.youthimages.storage.edition.Round;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LeaderboardTest {

    private long nextCard = 1;

    /**
     * Hand-worked: the harsh juror H scores films 1, 2, 3 as 2, 4, 6 (mean 4, sd 1.633); the lenient juror L scores
     * films 4, 5, 6 as 7, 8, 9 (mean 8, sd 0.8165). Film 3 is H's best and film 4 is L's worst: raw means put
     * film 4 (7) ahead of film 3 (6); normalised, film 3 (z = +1.2247) is ahead of film 4 (z = −1.2247).
     */
    @Test
    void normalisationMakesAHarshAndALenientJurorCountTheSame() {
        List<CardScore> cards = new ArrayList<>();
        card(cards, 1, 100, 2);
        card(cards, 2, 100, 4);
        card(cards, 3, 100, 6);
        card(cards, 4, 200, 7);
        card(cards, 5, 200, 8);
        card(cards, 6, 200, 9);

        Map<Long, EntryResult> results = byEntry(RoundResults.of(cards, 2.5));

        assertThat(results.get(3L).weightedMean()).isLessThan(results.get(4L).weightedMean());
        assertThat(results.get(3L).normalisedMean()).isCloseTo(1.2247, within(1e-4));
        assertThat(results.get(4L).normalisedMean()).isCloseTo(-1.2247, within(1e-4));
        assertThat(results.get(2L).normalisedMean()).isCloseTo(0.0, within(1e-9));
        assertThat(results.get(5L).normalisedMean()).isCloseTo(0.0, within(1e-9));
        // back on the scale: overall mean 6, overall sd sqrt(34/6) = 2.3805; 6 + 1.2247 * 2.3805 = 8.9155
        assertThat(results.get(3L).normalisedScore()).isCloseTo(8.9155, within(1e-3));
    }

    @Test
    void reportsMedianCountWatchedShareAndFlagsStrongDisagreement() {
        List<CardScore> cards = new ArrayList<>();
        cards.add(new CardScore(nextCard++, 1, 100, 9, 100));
        cards.add(new CardScore(nextCard++, 1, 200, 3, 80));
        cards.add(new CardScore(nextCard++, 1, 300, 8, 60));
        cards.add(new CardScore(nextCard++, 2, 100, 6, 100));
        cards.add(new CardScore(nextCard++, 2, 200, 7, 100));

        Map<Long, EntryResult> results = byEntry(RoundResults.of(cards, 2.5));

        EntryResult disputed = results.get(1L);
        assertThat(disputed.median()).isEqualTo(8);
        assertThat(disputed.scores()).isEqualTo(3);
        assertThat(disputed.watchedPercent()).isCloseTo(80, within(1e-9));
        assertThat(disputed.spread()).isEqualTo(6);
        assertThat(disputed.disagreement()).isTrue();
        assertThat(results.get(2L).median()).isEqualTo(6.5);
        assertThat(results.get(2L).disagreement()).isFalse();
    }

    @Test
    void showsEqualMeansAsATieWhenTheRuleSaysShared() {
        List<Leaderboard.Place> places = Leaderboard.rank(List.of(
                result(1, 8.0, 8.0), result(2, 7.5, 9.0), result(3, 7.5, 7.0), result(4, 7.0, 7.0)),
                Round.TieBreak.SHARED);

        assertThat(places).extracting(p -> p.result().entryId()).containsExactly(1L, 2L, 3L, 4L);
        assertThat(places).extracting(Leaderboard.Place::rank).containsExactly(1, 2, 2, 4);
        assertThat(places).extracting(Leaderboard.Place::tied).containsExactly(false, true, true, false);
    }

    @Test
    void breaksATieByTheMedianWhenTheRoundSaysSo() {
        List<Leaderboard.Place> places = Leaderboard.rank(List.of(
                result(1, 8.0, 8.0), result(2, 7.5, 7.0), result(3, 7.5, 9.0)), Round.TieBreak.MEDIAN);

        assertThat(places).extracting(p -> p.result().entryId()).containsExactly(1L, 3L, 2L);
        assertThat(places).extracting(Leaderboard.Place::rank).containsExactly(1, 2, 3);
        assertThat(places.get(1).tied()).isFalse();
        assertThat(places.get(1).tieBreak()).isEqualTo(Round.TieBreak.MEDIAN);
    }

    @Test
    void keepsATieTheRuleCannotBreak() {
        List<Leaderboard.Place> places = Leaderboard.rank(List.of(result(1, 7.5, 7.0), result(2, 7.504, 7.0)),
                Round.TieBreak.MEDIAN);

        assertThat(places).extracting(Leaderboard.Place::rank).containsExactly(1, 1);
        assertThat(places).allMatch(Leaderboard.Place::tied);
    }

    private EntryResult result(long entry, double mean, double median) {
        return new EntryResult(entry, mean, 0, mean, median, 3, 100, 1, false);
    }

    private void card(List<CardScore> cards, long entry, long juror, double score) {
        cards.add(new CardScore(nextCard++, entry, juror, score, 100));
    }

    private static Map<Long, EntryResult> byEntry(List<EntryResult> results) {
        return results.stream().sorted(Comparator.comparingLong(EntryResult::entryId))
                .collect(java.util.stream.Collectors.toMap(EntryResult::entryId, r -> r));
    }
}
