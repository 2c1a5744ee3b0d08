package org.youthimages.storage.screening;

import io.micronaut.core.annotation.Nullable;
import org.youthimages.storage.entry.Entry;

import java.time.LocalDate;
import java.util.List;

/**
 * What the automatic checks look at for one entry, read in bulk for a whole edition.
 *
 * @param submittedOn      the day the entry was started (its entrant's age then decides whether a guardian must agree)
 * @param guardianConfirmed a parent or guardian confirmed consent by the link sent to them
 * @param subtitleFiles    languages of the subtitle files uploaded
 * @param teamAges         ages of the team members, as declared
 * @param duplicates       references of other entries whose original file has the same SHA-256
 */
public record EntryFacts(long entryId,
                         Entry.Status status,
                         @Nullable String rejectionCode,
                         @Nullable Long durationMs,
                         @Nullable Long ageCategoryId,
                         @Nullable LocalDate dateOfBirth,
                         boolean personalDataErased,
                         LocalDate submittedOn,
                         boolean hasGuardian,
                         boolean guardianConfirmed,
                         @Nullable LocalDate completedOn,
                         @Nullable String originalLanguage,
                         @Nullable String subtitleLanguage,
                         List<String> subtitleFiles,
                         List<Integer> teamAges,
                         List<String> duplicates) {

    public EntryFacts {
        subtitleFiles = List.copyOf(subtitleFiles);
        teamAges = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(teamAges)); // an age may be missing
        duplicates = List.copyOf(duplicates);
    }
}
