package org.youthimages.storage.judging;

import io.micronaut.core.annotation.Nullable;
import org.youthimages.storage.edition.Round;

import java.time.Instant;

/**
 * A round as its juror sees it on the home page: the deadline, progress (submitted / assigned) and the film to
 * watch next: the one last opened if it is not submitted yet, else the next one not submitted. In a ranked vote
 * ({@code voting} RANKED) the juror ranks the films instead of scoring them.
 */
public record RoundSummary(long roundId, String editionName, String roundName, Round.Kind kind, Round.Voting voting,
                           @Nullable Instant closesAt, String timeZone, int assigned, int submitted, int drafts,
                           @Nullable QueueItem next) {

    public boolean finished() {
        return assigned > 0 && submitted == assigned;
    }
}
