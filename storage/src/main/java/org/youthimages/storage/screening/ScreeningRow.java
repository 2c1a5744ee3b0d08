package org.youthimages.storage.screening;

import io.micronaut.core.annotation.Nullable;
import org.youthimages.storage.entry.Entry;

import java.time.Instant;
import java.util.List;

/** An entry in the screening queue: what it is, where it stands, and its automatic checks. */
public record ScreeningRow(long entryId, String reference, String title, @Nullable String category,
                           @Nullable String countryCode, Entry.Status status, Entry.Eligibility eligibility,
                           @Nullable String reason, Instant submittedAt, List<Check> checks) {

    public ScreeningRow {
        checks = List.copyOf(checks);
    }

    public long failing() {
        return checks.stream().filter(c -> c.outcome() == Check.Outcome.FAIL).count();
    }

    public boolean allPass() {
        return EligibilityRules.allPass(checks);
    }
}
