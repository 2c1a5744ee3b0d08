package org.youthimages.storage.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Schulze method for the jury's final ranked vote. Each ballot ranks some of the films on its juror's
 * shortlist (1 is best); films of that shortlist the juror did not rank come after those they ranked, and films
 * outside it (never given to the juror, or given up for a conflict of interest) are not compared by that juror at
 * all, neither for nor against. d[i][j] counts jurors who prefer i to j;
 * p[i][j] is the strength of the strongest path from i to j (a path is as strong as its weakest link); i
 * finishes ahead of j when p[i][j] > p[j][i].
 */
public final class Schulze {

    private Schulze() {
    }

    /**
     * @param candidates the shortlist, in a fixed order (results refer to films by their id)
     * @param ballots    each juror's shortlist and ranks
     */
    public static Result decide(List<Long> candidates, List<Ballot> ballots) {
        int n = candidates.size();
        int[][] d = new int[n][n];
        for (Ballot ballot : ballots) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (i != j && ballot.prefers(candidates.get(i), candidates.get(j))) {
                        d[i][j]++;
                    }
                }
            }
        }
        int[][] p = new int[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                p[i][j] = i != j && d[i][j] > d[j][i] ? d[i][j] : 0;
            }
        }
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (i != j && i != k && j != k) {
                        p[i][j] = Math.max(p[i][j], Math.min(p[i][k], p[k][j]));
                    }
                }
            }
        }
        return new Result(List.copyOf(candidates), d, p, order(candidates, p));
    }

    /**
     * One juror's ballot.
     *
     * @param shortlist the films the juror may rank: only these are compared on this ballot
     * @param ranks     film id to rank (1 is best), for the films the juror ranked
     */
    public record Ballot(Set<Long> shortlist, Map<Long, Integer> ranks) {

        boolean prefers(long a, long b) {
            if (!shortlist.contains(a) || !shortlist.contains(b)) {
                return false;
            }
            Integer rankA = ranks.get(a);
            Integer rankB = ranks.get(b);
            return rankA != null && (rankB == null || rankA < rankB);
        }
    }

    /** Groups of films in finishing order; a group of several is a tie the method cannot break. */
    private static List<List<Long>> order(List<Long> candidates, int[][] p) {
        int n = candidates.size();
        List<Integer> remaining = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            remaining.add(i);
        }
        List<List<Long>> groups = new ArrayList<>();
        while (!remaining.isEmpty()) {
            List<Integer> unbeaten = remaining.stream()
                    .filter(i -> remaining.stream().noneMatch(j -> p[j][i] > p[i][j])).toList();
            groups.add(unbeaten.stream().map(candidates::get).toList());
            remaining.removeAll(unbeaten);
        }
        return groups;
    }

    /**
     * @param pairwise  d: pairwise[i][j] jurors preferring candidates[i] to candidates[j]
     * @param strongest p: strength of the strongest path from i to j
     * @param order     finishing order; each inner list is one place (several films: tied)
     */
    public record Result(List<Long> candidates, int[][] pairwise, int[][] strongest, List<List<Long>> order) {

        public List<Long> winners() {
            return order.isEmpty() ? List.of() : order.getFirst();
        }
    }
}
