package org.youthimages.storage.assignment;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * What an automatic assignment did (or, previewed, would do).
 *
 * @param added            assignments made (new, or withdrawn ones given back)
 * @param withdrawn        assignments taken back (conflicts, jurors who left the panel, films no longer judged, or
 *                         to even out loads); their scorecards are kept
 * @param kept             assignments that stay, begun scorecards among them
 * @param shortOfJurors    references of films that could not get the round's number of jurors (too few jurors
 *                         without a conflict)
 */
@Serdeable
public record AssignmentRun(int films, int jurors, int jurorsPerFilm, int added, int withdrawn, int kept,
                            int minLoad, int maxLoad, List<String> shortOfJurors) {

    public AssignmentRun {
        shortOfJurors = List.copyOf(shortOfJurors);
    }

    public boolean changesNothing() {
        return added == 0 && withdrawn == 0;
    }
}
