package org.youthimages.storage.assignment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Plans a round's assignments as a maximum flow: source → film (the jurors it still needs) → juror (one edge
 * per pair without a conflict) → sink (the juror's remaining capacity). Capacities first stop every juror at
 * the lower fair share, then allow the upper one; since flow into the sink never decreases while augmenting,
 * every juror ends between the two shares, so loads differ by at most one whenever that is possible at all.
 * Last, capacities are lifted so that no film stays short of jurors for the sake of balance.
 */
public final class AssignmentPlanner {

    public AssignmentPlan plan(AssignmentProblem problem) {
        List<Long> films = shuffled(problem.films(), problem.seed());
        List<Long> jurors = shuffled(problem.jurors(), problem.seed() * 31 + 7);
        int filmCount = films.size();
        int jurorCount = jurors.size();
        Map<Long, Integer> keptLoad = new HashMap<>();
        Map<Long, Integer> keptCoverage = new HashMap<>();
        Set<Long> jurorIds = new HashSet<>(jurors);
        Set<Long> filmIds = new HashSet<>(films);
        for (AssignmentProblem.Pair pair : problem.kept()) {
            if (jurorIds.contains(pair.jurorId()) && filmIds.contains(pair.entryId())) {
                keptLoad.merge(pair.jurorId(), 1, Integer::sum);
                keptCoverage.merge(pair.entryId(), 1, Integer::sum);
            }
        }
        int perFilm = Math.min(problem.jurorsPerFilm(), jurorCount);
        long totalSlots = (long) perFilm * filmCount;
        int lowerShare = jurorCount == 0 ? 0 : (int) (totalSlots / jurorCount);
        int upperShare = jurorCount == 0 ? 0 : (int) ((totalSlots + jurorCount - 1) / jurorCount);

        int source = 0;
        int sink = 1;
        FlowNetwork network = new FlowNetwork(2 + filmCount + jurorCount);
        List<Integer> jurorSinkEdges = new ArrayList<>(jurorCount);
        for (int f = 0; f < filmCount; f++) {
            int needed = Math.max(0, perFilm - keptCoverage.getOrDefault(films.get(f), 0));
            network.addEdge(source, 2 + f, needed);
        }
        Map<Integer, long[]> pairEdges = new HashMap<>();
        for (int f = 0; f < filmCount; f++) {
            long film = films.get(f);
            for (int j = 0; j < jurorCount; j++) {
                AssignmentProblem.Pair pair = new AssignmentProblem.Pair(film, jurors.get(j));
                if (!problem.conflicts().contains(pair) && !problem.kept().contains(pair)) {
                    int edge = network.addEdge(2 + f, 2 + filmCount + j, 1);
                    pairEdges.put(edge, new long[] {film, jurors.get(j)});
                }
            }
        }
        for (int j = 0; j < jurorCount; j++) {
            int capacity = Math.max(0, lowerShare - keptLoad.getOrDefault(jurors.get(j), 0));
            jurorSinkEdges.add(network.addEdge(2 + filmCount + j, sink, capacity));
        }
        network.maxFlow(source, sink);
        for (int j = 0; j < jurorCount; j++) {
            int current = lowerShare - keptLoad.getOrDefault(jurors.get(j), 0);
            int raised = upperShare - keptLoad.getOrDefault(jurors.get(j), 0);
            if (raised > Math.max(0, current)) {
                network.raiseCapacity(jurorSinkEdges.get(j), raised - Math.max(0, current));
            }
        }
        network.maxFlow(source, sink);
        // Coverage comes before balance: where conflicts leave a film only busy jurors, they take it anyway.
        for (int edge : jurorSinkEdges) {
            network.raiseCapacity(edge, filmCount);
        }
        network.maxFlow(source, sink);
        return result(problem, network, pairEdges, films, jurors, perFilm);
    }

    private static AssignmentPlan result(AssignmentProblem problem, FlowNetwork network, Map<Integer, long[]> pairEdges,
                                         List<Long> films, List<Long> jurors, int perFilm) {
        Set<AssignmentProblem.Pair> assignments = new HashSet<>(problem.kept());
        pairEdges.forEach((edge, pair) -> {
            if (network.flow(edge) > 0) {
                assignments.add(new AssignmentProblem.Pair(pair[0], pair[1]));
            }
        });
        Map<Long, Integer> loads = new HashMap<>();
        jurors.forEach(j -> loads.put(j, 0));
        Map<Long, Integer> coverage = new HashMap<>();
        for (AssignmentProblem.Pair pair : assignments) {
            loads.computeIfPresent(pair.jurorId(), (k, v) -> v + 1);
            coverage.merge(pair.entryId(), 1, Integer::sum);
        }
        List<Long> underCovered = films.stream().filter(f -> coverage.getOrDefault(f, 0) < perFilm).sorted().toList();
        return new AssignmentPlan(Set.copyOf(assignments), underCovered, Map.copyOf(loads));
    }

    private static List<Long> shuffled(List<Long> values, long seed) {
        List<Long> copy = new ArrayList<>(values);
        java.util.Collections.shuffle(copy, new Random(seed));
        return copy;
    }
}
