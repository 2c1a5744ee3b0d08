package org.youthimages.storage.testing;

import org.youthimages.storage.edition.AgeCategoryRepository;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.edition.ThemeRepository;
import org.youthimages.storage.entry.Consent;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.submission.NewEntry;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Valid new entries for tests, for an adult entrant with a unique email. */
public final class SampleEntries {

    private SampleEntries() {
    }

    public static NewEntry adultEntry(Edition edition, ThemeRepository themes, AgeCategoryRepository categories) {
        long theme = themes.findByEditionIdOrderByPosition(edition.id()).getFirst().id();
        long category = categories.findByEditionIdOrderByPosition(edition.id()).getLast().id();
        return new NewEntry(edition.id(), edition.year(), "en",
                new NewEntry.Film("Crossing", "A journey told by a sister.", "en", null, LocalDate.of(2026, 5, 1),
                        theme, null, null, "", Entry.Footage.NONE, ""),
                new NewEntry.Entrant("Amina", "Diallo", "amina-" + UUID.randomUUID() + "@example.org",
                        LocalDate.of(2004, 3, 14), "SN", null),
                null, List.of(), category,
                List.of(new NewEntry.Declaration(Consent.Kind.OWN_WORK, "test-1", "This is my own work.", "en")));
    }
}
