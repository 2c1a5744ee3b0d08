package org.youthimages.storage.assignment;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class AssignmentPlannerTest {

    private final AssignmentPlanner planner = new AssignmentPlanner();

    @Test
    void givesEveryFilmItsJurorsWithLoadsWithinOneAndNoConflictOnRandomRounds() {
        Random random = new Random(20271123);
        for (int round = 0; round < 300; round++) {
            int films = 1 + random.nextInt(120);
            int jurors = 3 + random.nextInt(15);
            int perFilm = 1 + random.nextInt(Math.min(3, jurors));
            Set<AssignmentProblem.Pair> conflicts = randomPairs(random, films, jurors, 0.10);
            conflicts.removeIf(pair -> jurors - conflictsOf(conflicts, pair.entryId()) < perFilm + 1);
            AssignmentProblem problem = new AssignmentProblem(ids(1, films), ids(1001, jurors), perFilm, conflicts,
                    Set.of(), random.nextLong());

            AssignmentPlan plan = planner.plan(problem);

            assertThat(plan.underCoveredFilms()).as("round %d", round).isEmpty();
            assertThat(plan.maxLoad() - plan.minLoad()).as("round %d loads %s", round, plan.loads()).isLessThanOrEqualTo(1);
            assertThat(plan.assignments()).as("round %d", round).noneMatch(conflicts::contains);
            assertThat(coverage(plan)).as("round %d", round).allSatisfy((film, count) -> assertThat(count).isEqualTo(perFilm));
        }
    }

    @Test
    void keepsAssignmentsWhoseScorecardIsBegunAndBalancesAroundThem() {
        Random random = new Random(7);
        for (int round = 0; round < 100; round++) {
            int films = 10 + random.nextInt(60);
            int jurors = 4 + random.nextInt(8);
            Set<AssignmentProblem.Pair> conflicts = randomPairs(random, films, jurors, 0.05);
            Set<AssignmentProblem.Pair> kept = new HashSet<>();
            for (AssignmentProblem.Pair pair : randomPairs(random, films, jurors, 0.02)) {
                if (!conflicts.contains(pair) && kept.stream().filter(p -> p.entryId() == pair.entryId()).count() < 2) {
                    kept.add(pair);
                }
            }
            AssignmentProblem problem = new AssignmentProblem(ids(1, films), ids(1001, jurors), 2, conflicts, kept, round);

            AssignmentPlan plan = planner.plan(problem);

            assertThat(kept).allMatch(plan.assignments()::contains);
            assertThat(plan.assignments()).noneMatch(conflicts::contains);
            assertThat(plan.underCoveredFilms()).isEmpty();
            assertThat(coverage(plan).values()).allMatch(count -> count == 2);
            assertThat(plan.maxLoad() - plan.minLoad()).as("loads %s", plan.loads()).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void coversEveryFilmEvenWhenConflictsMakeEqualLoadsImpossible() {
        Set<AssignmentProblem.Pair> conflicts = Set.of(new AssignmentProblem.Pair(1, 102),
                new AssignmentProblem.Pair(2, 102), new AssignmentProblem.Pair(3, 102));
        AssignmentProblem problem = new AssignmentProblem(List.of(1L, 2L, 3L), List.of(101L, 102L), 1, conflicts,
                Set.of(), 5);

        AssignmentPlan plan = planner.plan(problem);

        assertThat(plan.underCoveredFilms()).isEmpty();
        assertThat(plan.loads()).containsEntry(101L, 3).containsEntry(102L, 0);
    }

    @Test
    void reportsAFilmThatHasTooFewJurorsWithoutAConflict() {
        Set<AssignmentProblem.Pair> conflicts = Set.of(new AssignmentProblem.Pair(1, 101), new AssignmentProblem.Pair(1, 102));
        AssignmentProblem problem = new AssignmentProblem(List.of(1L, 2L), List.of(101L, 102L, 103L), 2, conflicts,
                Set.of(), 1);

        AssignmentPlan plan = planner.plan(problem);

        assertThat(plan.underCoveredFilms()).containsExactly(1L);
        assertThat(plan.assignments()).contains(new AssignmentProblem.Pair(1, 103)).noneMatch(conflicts::contains);
    }

    @Test
    void replacesAJurorWhoDroppedOutWithoutTouchingTheOthersBegunWork() {
        AssignmentProblem.Pair begun = new AssignmentProblem.Pair(1, 101);
        AssignmentProblem.Pair ofDroppedJuror = new AssignmentProblem.Pair(1, 999);
        AssignmentProblem problem = new AssignmentProblem(List.of(1L), List.of(101L, 102L, 103L), 2, Set.of(),
                Set.of(begun, ofDroppedJuror), 3);

        AssignmentPlan plan = planner.plan(problem);

        assertThat(plan.assignments()).contains(begun);
        assertThat(plan.assignments().stream().filter(p -> p.jurorId() != 999).count()).isEqualTo(2);
    }

    private static long conflictsOf(Set<AssignmentProblem.Pair> conflicts, long film) {
        return conflicts.stream().filter(p -> p.entryId() == film).count();
    }

    private static Map<Long, Integer> coverage(AssignmentPlan plan) {
        Map<Long, Integer> coverage = new HashMap<>();
        plan.assignments().forEach(p -> coverage.merge(p.entryId(), 1, Integer::sum));
        return coverage;
    }

    private static List<Long> ids(long first, int count) {
        return LongStream.range(first, first + count).boxed().toList();
    }

    private static Set<AssignmentProblem.Pair> randomPairs(Random random, int films, int jurors, double density) {
        Set<AssignmentProblem.Pair> pairs = new HashSet<>();
        for (long f = 1; f <= films; f++) {
            for (long j = 1001; j < 1001 + jurors; j++) {
                if (random.nextDouble() < density) {
                    pairs.add(new AssignmentProblem.Pair(f, j));
                }
            }
        }
        return pairs;
    }
}
