package org.youthimages.storage.results;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SchulzeTest {

    private static final long A = 1, B = 2, C = 3, D = 4, E = 5;
    /** A shortlist holding every film of these tests: each juror may rank them all. */
    private static final Set<Long> EVERY_FILM = Set.of(A, B, C, D, E);

    /** The classic worked example of the method's literature: 45 voters, five candidates, E wins. */
    @Test
    void matchesTheWorkedExampleWithFortyFiveVoters() {
        List<Schulze.Ballot> ballots = new ArrayList<>();
        add(ballots, 5, A, C, B, E, D);
        add(ballots, 5, A, D, E, C, B);
        add(ballots, 8, B, E, D, A, C);
        add(ballots, 3, C, A, B, E, D);
        add(ballots, 7, C, A, E, B, D);
        add(ballots, 2, C, B, A, D, E);
        add(ballots, 7, D, C, E, B, A);
        add(ballots, 8, E, B, A, D, C);

        Schulze.Result result = Schulze.decide(List.of(A, B, C, D, E), ballots);

        assertThat(result.pairwise()).isEqualTo(new int[][] {
                {0, 20, 26, 30, 22},
                {25, 0, 16, 33, 18},
                {19, 29, 0, 17, 24},
                {15, 12, 28, 0, 14},
                {23, 27, 21, 31, 0}});
        assertThat(result.strongest()).isEqualTo(new int[][] {
                {0, 28, 28, 30, 24},
                {25, 0, 28, 33, 24},
                {25, 29, 0, 29, 24},
                {25, 28, 28, 0, 24},
                {25, 28, 28, 31, 0}});
        assertThat(result.order()).containsExactly(List.of(E), List.of(A), List.of(C), List.of(B), List.of(D));
    }

    @Test
    void breaksACondorcetCycleByTheStrongestPaths() {
        List<Schulze.Ballot> ballots = new ArrayList<>();
        add(ballots, 4, A, B, C);
        add(ballots, 3, B, C, A);
        add(ballots, 2, C, A, B);
        // A>B 6:3, B>C 7:2, C>A 5:4 — a cycle; its weakest link (C>A, 5) is dropped: A wins.

        Schulze.Result result = Schulze.decide(List.of(A, B, C), ballots);

        assertThat(result.order()).containsExactly(List.of(A), List.of(B), List.of(C));
    }

    @Test
    void leavesAPerfectTieAsATie() {
        List<Schulze.Ballot> ballots = new ArrayList<>();
        add(ballots, 1, A, B);
        add(ballots, 1, B, A);

        assertThat(Schulze.decide(List.of(A, B), ballots).order()).containsExactly(List.of(A, B));
    }

    @Test
    void ranksFilmsAJurorLeftOutBelowThoseTheyRanked() {
        List<Schulze.Ballot> ballots = List.of(new Schulze.Ballot(EVERY_FILM, Map.of(C, 1)),
                new Schulze.Ballot(EVERY_FILM, Map.of(C, 1, A, 2)));

        assertThat(Schulze.decide(List.of(A, B, C), ballots).order())
                .containsExactly(List.of(C), List.of(A), List.of(B));
    }

    @Test
    void comparesOnlyFilmsOnEachJurorsShortlist() {
        // Only the first juror was given A; the others never saw it, so their ballots say nothing about it.
        List<Schulze.Ballot> ballots = List.of(
                new Schulze.Ballot(Set.of(A, B, C), Map.of(A, 1, B, 2, C, 3)),
                new Schulze.Ballot(Set.of(B, C), Map.of(B, 1, C, 2)),
                new Schulze.Ballot(Set.of(B, C), Map.of(C, 1, B, 2)));

        Schulze.Result result = Schulze.decide(List.of(A, B, C), ballots);

        assertThat(result.pairwise()[1][0]).as("jurors preferring B to A").isZero();
        assertThat(result.order()).containsExactly(List.of(A), List.of(B), List.of(C));
    }

    private static void add(List<Schulze.Ballot> ballots, int voters, long... ranking) {
        for (int v = 0; v < voters; v++) {
            Map<Long, Integer> ballot = new HashMap<>();
            for (int i = 0; i < ranking.length; i++) {
                ballot.put(ranking[i], i + 1);
            }
            ballots.add(new Schulze.Ballot(EVERY_FILM, ballot));
        }
    }
}
