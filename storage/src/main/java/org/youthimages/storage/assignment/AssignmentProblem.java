package org.youthimages.storage.assignment;

import java.util.List;
import java.util.Set;

/**
 * What the automatic assignment of one round has to satisfy.
 *
 * @param films         the films to judge
 * @param jurors        the round's available jurors
 * @param jurorsPerFilm how many different jurors each film gets
 * @param conflicts     pairs that must never be assigned (declared and detected conflicts)
 * @param kept          assignments that stay as they are (a scorecard is already begun); they count towards
 *                      coverage and loads
 * @param seed          makes the plan reproducible while spreading films across jurors
 */
public record AssignmentProblem(List<Long> films, List<Long> jurors, int jurorsPerFilm, Set<Pair> conflicts,
                                Set<Pair> kept, long seed) {

    public AssignmentProblem {
        if (jurorsPerFilm < 1) {
            throw new IllegalArgumentException("Each film needs at least one juror");
        }
        films = List.copyOf(films);
        jurors = List.copyOf(jurors);
        conflicts = Set.copyOf(conflicts);
        kept = Set.copyOf(kept);
        for (Pair pair : kept) {
            if (conflicts.contains(pair)) {
                throw new IllegalArgumentException("Kept assignment " + pair + " is a conflict of interest");
            }
        }
    }

    /** A film and a juror. */
    public record Pair(long entryId, long jurorId) {
    }
}
