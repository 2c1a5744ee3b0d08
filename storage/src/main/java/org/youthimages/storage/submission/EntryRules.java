package org.youthimages.storage.submission;

import io.micronaut.core.annotation.Nullable;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.entry.Entry;

import java.time.Instant;

/** When an entrant may still change an entry: while the edition is open and the organisers have not decided. */
public final class EntryRules {

    /** Why an entrant may no longer change an entry, to tell them so. */
    public enum Lock {
        /** The edition no longer takes entries (its deadline passed, or it was closed). */
        ENTRIES_CLOSED,
        /** The organisers have screened it: it went to the jury, or was found not eligible. */
        SCREENED,
        /** The entrant's personal data were erased, or the entry withdrawn. */
        GONE
    }

    private EntryRules() {
    }

    public static boolean entrantMayChange(Entry entry, Edition edition, Instant now) {
        return lock(entry, edition, now) == null;
    }

    /** Why the entrant may not change the entry now, or null when they may. */
    public static @Nullable Lock lock(Entry entry, Edition edition, Instant now) {
        if (entry.personalDataErasedAt() != null || entry.eligibility() == Entry.Eligibility.WITHDRAWN) {
            return Lock.GONE;
        }
        if (!edition.acceptsEntriesAt(now)) {
            return Lock.ENTRIES_CLOSED;
        }
        if (entry.eligibility() != Entry.Eligibility.PENDING && entry.eligibility() != Entry.Eligibility.NEEDS_FIX) {
            return Lock.SCREENED;
        }
        return null;
    }
}
