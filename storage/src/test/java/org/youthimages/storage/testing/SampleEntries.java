package org.youthimages.storage.testing;

import org.youthimages.storage.edition.AgeCategoryRepository;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.edition.ThemeRepository;
import org.youthimages.storage.entry.Consent;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.EntryRepository;
import org.youthimages.storage.entry.MediaAsset;
import org.youthimages.storage.entry.MediaAssetRepository;
import org.youthimages.storage.objects.ObjectKeys;
import org.youthimages.storage.submission.NewEntry;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Entries for tests, each with a unique reference and email: as a submission form gives them, and as the
 * submission side stores them once an upload completes.
 */
public final class SampleEntries {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CODE_CHARACTERS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private SampleEntries() {
    }

    public static String uniqueReference() {
        StringBuilder code = new StringBuilder("YI-2027-");
        for (int i = 0; i < 5; i++) {
            code.append(CODE_CHARACTERS.charAt(RANDOM.nextInt(CODE_CHARACTERS.length())));
        }
        return code.toString();
    }

    /** An entry whose film was uploaded: status RECEIVED. */
    public static Entry received(EntryRepository entries, long editionId, String title) {
        return entry(entries, editionId, title, Entry.Status.RECEIVED);
    }

    public static Entry entry(EntryRepository entries, long editionId, String title, Entry.Status status) {
        byte[] token = new byte[32];
        RANDOM.nextBytes(token);
        return entries.save(new Entry(null, editionId, uniqueReference(), HexFormat.of().formatHex(token), "en", title,
                "", null, null, null, null, null, null, "", Entry.Footage.NONE, "", null, status, null,
                null, Entry.Eligibility.PENDING, null, null, null, null, null));
    }

    /** The ORIGINAL asset row of an upload stored under its usual key. */
    public static MediaAsset original(MediaAssetRepository assets, Entry entry, String uploadId, long size,
                                      String sha256) {
        return assets.save(new MediaAsset(null, entry.id(), MediaAsset.Kind.ORIGINAL, "",
                ObjectKeys.original(entry.reference(), uploadId), "video/mp4", size, sha256, null, null, null, null,
                null, null));
    }

    /** A valid submission form's content for an adult entrant. */
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
