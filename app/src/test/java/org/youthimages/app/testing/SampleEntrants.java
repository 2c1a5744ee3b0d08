package org.youthimages.app.testing;

import org.youthimages.storage.edition.AgeCategoryRepository;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.edition.EditionRepository;
import org.youthimages.storage.edition.EditionSetup;
import org.youthimages.storage.edition.ThemeRepository;
import org.youthimages.storage.submission.EntryRegistration;
import org.youthimages.storage.testing.SampleEditions;
import org.youthimages.storage.testing.SampleEntries;

import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;

/** Editions and entries for the app's tests, each unique, with the entry's private token at hand. */
@Singleton
public class SampleEntrants {

    private final EditionSetup setup;
    private final EditionRepository editions;
    private final ThemeRepository themes;
    private final AgeCategoryRepository categories;
    private final EntryRegistration registration;
    private final org.youthimages.storage.entry.EntryRepository entries;

    SampleEntrants(EditionSetup setup, EditionRepository editions, ThemeRepository themes,
                   AgeCategoryRepository categories, EntryRegistration registration,
                   org.youthimages.storage.entry.EntryRepository entries) {
        this.entries = entries;
        this.setup = setup;
        this.editions = editions;
        this.themes = themes;
        this.categories = categories;
        this.registration = registration;
    }

    public Edition openEdition() {
        return setup.create(SampleEditions.openEdition(SampleEditions.uniqueSlug("app")));
    }

    public EntryRegistration.Registered entryIn(Edition edition) {
        return registration.register(SampleEntries.adultEntry(edition, themes, categories));
    }

    public Edition editionOf(org.youthimages.storage.entry.Entry entry) {
        return editions.findById(entry.editionId()).orElseThrow();
    }

    /** The organisers' screening decision, as the organiser screens record it. */
    public void decide(org.youthimages.storage.entry.Entry entry, org.youthimages.storage.entry.Entry.Eligibility eligibility,
                       String reason) {
        var e = entries.findById(entry.id()).orElseThrow();
        entries.update(new org.youthimages.storage.entry.Entry(e.id(), e.editionId(), e.reference(), e.statusTokenHash(),
                e.locale(), e.title(), e.synopsis(), e.originalLanguage(), e.subtitleLanguage(), e.completedOn(),
                e.mainThemeId(), e.secondaryThemeId(), e.specialRecognitionId(), e.screeningHistory(),
                e.aiOrStockFootage(), e.aiOrStockDetails(), e.ageCategoryId(), e.status(), e.rejectionCode(),
                e.rejectionMessage(), eligibility, reason, e.durationMs(), e.createdAt(), null, e.personalDataErasedAt()));
    }

    /** Closes the edition's submission window (it closed an hour ago). */
    public Edition close(Edition e) {
        Instant now = Instant.now();
        return editions.update(e.withWindow(now.minus(Duration.ofDays(2)), now.minus(Duration.ofHours(1))));
    }

    /** Moves the edition's submission window to begin in ten days. */
    public Edition notOpenYet(Edition e) {
        Instant opens = Instant.now().plus(Duration.ofDays(10));
        return editions.update(e.withWindow(opens, opens.plus(Duration.ofDays(60))));
    }

    /** Moves the edition's deadline to {@code left} from now, keeping it open. */
    public Edition closingIn(Edition e, Duration left) {
        Instant now = Instant.now();
        return editions.update(e.withWindow(now.minus(Duration.ofDays(1)), now.plus(left)));
    }

    /** Lowers the edition's largest accepted file. */
    public Edition limitFileSize(Edition e, long maxBytes) {
        return editions.update(e.withMaxFileBytes(maxBytes));
    }
}
