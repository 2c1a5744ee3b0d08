package org.youthimages.storage.submission;

import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.entry.Entry;

import java.time.Instant;

/** When an entrant may still change an entry: while the edition is open and the organisers have not decided. */
public final class EntryRules {

    private EntryRules() {
    }

    public static boolean entrantMayChange(Entry entry, Edition edition, Instant now) {
        return edition.acceptsEntriesAt(now)
                && entry.personalDataErasedAt() == null
                && (entry.eligibility() == Entry.Eligibility.PENDING || entry.eligibility() == Entry.Eligibility.NEEDS_FIX);
    }
}
