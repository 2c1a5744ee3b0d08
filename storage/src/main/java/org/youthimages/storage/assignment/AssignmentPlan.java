package org.youthimages.storage.assignment;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The planned assignments of a round (kept ones included), the films that could not get enough jurors
 * (too few jurors without a conflict), and each juror's load.
 */
public record AssignmentPlan(Set<AssignmentProblem.Pair> assignments, List<Long> underCoveredFilms,
                             Map<Long, Integer> loads) {

    public int maxLoad() {
        return loads.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    public int minLoad() {
        return loads.values().stream().mapToInt(Integer::intValue).min().orElse(0);
    }
}
