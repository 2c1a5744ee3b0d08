package org.youthimages.storage.demo;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.youthimages.storage.edition.Ages;
import org.youthimages.storage.edition.AgeCategory;
import org.youthimages.storage.edition.AgeCategoryRepository;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.edition.Theme;
import org.youthimages.storage.edition.ThemeRepository;
import org.youthimages.storage.entry.Consent;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.EntryRepository;
import org.youthimages.storage.objects.ObjectKeys;
import org.youthimages.storage.objects.ObjectStore;
import org.youthimages.storage.sql.Jdbc;
import org.youthimages.storage.submission.EntryRegistration;
import org.youthimages.storage.submission.FilmReceipt;
import org.youthimages.storage.submission.GuardianConsents;
import org.youthimages.storage.submission.NewEntry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The demo edition's sample films: entered as young people enter them (with their people and declarations), each a
 * film generated with FFmpeg and uploaded to object storage, then processed by the real transcoding pipeline. Most
 * are screened eligible; two wait for the organiser's screening (one with its guardian's consent still missing).
 */
@Singleton
public class DemoFilms {

    private static final Logger LOG = LoggerFactory.getLogger(DemoFilms.class);

    /**
     * One sample entry: who made it, where, in which category, the given name of a minor's parent, and whether it is
     * already screened eligible.
     */
    private record Sample(String title, String synopsis, String givenName, String familyName, int age,
                          String country, String language, String subtitles, String category, String theme,
                          String parentName, boolean guardianConfirmed, boolean eligible, float hue) {
    }

    private static final List<Sample> SAMPLES = List.of(
            new Sample("The Bridge Between Us", "Two cousins, one in Mombasa and one in Leeds, build a bridge of voice "
                    + "messages across the sea.", "Amani", "Otieno", 15, "KE", "sw", "en", "AGE_13_17", "MIGRATION",
                    "Grace", true, true, 0.58f),
            new Sample("Grandmother's Kitchen", "Recipes carried from the Andes to Lima, and the stories that come with "
                    + "them.", "Lucía", "Quispe", 11, "PE", "es", "en", "UP_TO_12", "DIVERSITY", "Rosa", true,
                    true, 0.08f),
            new Sample("Two Languages, One Home", "A day in a family that speaks Tagalog at breakfast and English at "
                    + "school.", "Joshua", "Reyes", 19, "PH", "en", null, "AGE_18_25", "INCLUSION", null, false, true,
                    0.33f),
            new Sample("New Neighbours", "A building in Marseille learns the names of the family that moved in on the "
                    + "fourth floor.", "Inès", "Benali", 16, "FR", "fr", "en", "AGE_13_17", "XENOPHOBIA", "Karima",
                    true, true, 0.83f),
            new Sample("Paper Boats", "Children in Amman fold the boats their parents crossed the sea in.", "Yara",
                    "Haddad", 22, "JO", "ar", "en", "AGE_18_25", "MIGRATION", null, false, false, 0.5f),
            new Sample("The Long Road North", "A teenager films the journey his father made twenty years ago.",
                    "Mateo", "Hernández", 14, "MX", "es", "en", "AGE_13_17", "MIGRATION", "Javier", false,
                    false, 0.15f));

    private final Optional<SampleFilmMaker> maker;
    private final EntryRegistration registration;
    private final GuardianConsents guardians;
    private final AgeCategoryRepository categories;
    private final ThemeRepository themes;
    private final EntryRepository entries;
    private final FilmReceipt receipt;
    private final ObjectStore objects;
    private final Jdbc jdbc;
    private final TransactionOperations<Connection> transactions;
    private final int count;

    DemoFilms(Optional<SampleFilmMaker> maker, EntryRegistration registration, GuardianConsents guardians,
              AgeCategoryRepository categories, ThemeRepository themes, EntryRepository entries,
              FilmReceipt receipt, ObjectStore objects, Jdbc jdbc,
              TransactionOperations<Connection> transactions, @Value("${yi.demo.films:6}") int count) {
        this.maker = maker;
        this.registration = registration;
        this.guardians = guardians;
        this.categories = categories;
        this.themes = themes;
        this.entries = entries;
        this.receipt = receipt;
        this.objects = objects;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.count = Math.min(count, SAMPLES.size());
    }

    /** Whether films can be generated here (the transcoder is part of this process). */
    public boolean available() {
        return maker.isPresent();
    }

    /**
     * Enters the sample films in the demo edition if it has no entry yet, and queues their processing; returns how
     * many were entered.
     */
    public int addTo(Edition edition) {
        if (maker.isEmpty() || entries.countByEditionId(edition.id()) > 0) {
            return 0;
        }
        Path folder = temporaryFolder();
        try {
            for (int i = 0; i < count; i++) {
                Sample sample = SAMPLES.get(i);
                Path file = folder.resolve("sample-" + i + ".mp4");
                maker.get().make(new SampleFilm(640, 360, 12, edition.minFilmSeconds() + 2.0 + i, sample.hue()), file);
                transactions.executeWrite(status -> {
                    enter(edition, sample, file);
                    return null;
                });
            }
        } finally {
            deleteQuietly(folder);
        }
        return count;
    }

    /** How many of the edition's films the pipeline has still to finish (a withdrawn one's work is called off). */
    public int processing(Edition edition) {
        return jdbc.one("""
                select count(*) from entry where edition_id = ? and status in ('RECEIVED', 'PROCESSING')
                   and eligibility <> 'WITHDRAWN'""", rs -> rs.getInt(1), edition.id()).orElse(0);
    }

    /** Waits until the pipeline has finished every film of the edition (or the time is up); true when done. */
    public boolean awaitProcessing(Edition edition, Duration timeout) {
        Instant until = Instant.now().plus(timeout);
        while (processing(edition) > 0) {
            if (Instant.now().isAfter(until)) {
                return false;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private void enter(Edition edition, Sample sample, Path file) {
        long category = categories.findByEditionIdOrderByPosition(edition.id()).stream()
                .filter(c -> c.code().equals(sample.category())).map(AgeCategory::id).findFirst().orElseThrow();
        long theme = themes.findByEditionIdOrderByPosition(edition.id()).stream()
                .filter(t -> t.code().equals(sample.theme())).map(Theme::id).findFirst().orElseThrow();
        boolean minor = sample.age() < Ages.AGE_OF_MAJORITY;
        String email = mailboxName(sample.givenName()) + "." + mailboxName(sample.familyName())
                + "@entrants.youth-images.example";
        NewEntry form = new NewEntry(edition.id(), edition.year(), localeOf(sample.language()),
                new NewEntry.Film(sample.title(), sample.synopsis(), sample.language(), sample.subtitles(),
                        LocalDate.now().minusMonths(3), theme, null, null, "", Entry.Footage.NONE, ""),
                new NewEntry.Entrant(sample.givenName(), sample.familyName(), email,
                        edition.ageCutoffDate().minusYears(sample.age()).minusMonths(4), sample.country(), null),
                minor ? new NewEntry.Guardian(sample.parentName(), sample.familyName(), "guardian." + email,
                        "PARENT") : null,
                List.of(), category, declarations(localeOf(sample.language())));
        EntryRegistration.Registered registered = registration.register(form);
        if (minor && sample.guardianConfirmed()) {
            guardians.find(registered.guardianToken()).ifPresent(request -> guardians.confirm(request,
                    declaration(Consent.Kind.GUARDIAN_CONSENT, localeOf(sample.language()))));
        }
        Entry entry = registered.entry();
        String key = ObjectKeys.original(entry.reference(), "demo");
        objects.putFile(key, file, "video/mp4");
        receipt.record(entry.id(), key, "video/mp4", size(file), sha256(file));
    }

    /**
     * Screens the sample films meant to be eligible once they are ready, as an organiser would after watching them
     * (so the entrants' letters come in a real contest's order: ready, then eligible); returns how many it screened.
     */
    public int screenReady(Edition edition) {
        int screened = 0;
        for (Sample sample : SAMPLES.subList(0, count)) {
            if (sample.eligible()) {
                screened += jdbc.update("""
                        update entry set eligibility = 'ELIGIBLE', updated_at = now()
                         where edition_id = ? and title = ? and status = 'READY' and eligibility = 'PENDING'""",
                        edition.id(), sample.title());
            }
        }
        return screened;
    }

    private static List<NewEntry.Declaration> declarations(String locale) {
        return List.of(declaration(Consent.Kind.OWN_WORK, locale),
                declaration(Consent.Kind.APPEARANCE_RELEASE, locale),
                declaration(Consent.Kind.MUSIC_AND_FOOTAGE_LICENSED, locale),
                declaration(Consent.Kind.SCREENING_AND_PUBLICATION, locale),
                declaration(Consent.Kind.PRIVACY_NOTICE, locale));
    }

    private static NewEntry.Declaration declaration(Consent.Kind kind, String locale) {
        return new NewEntry.Declaration(kind, "demo-1", "Demo declaration: " + kind.name().toLowerCase()
                .replace('_', ' ') + " (a sample film generated for the demo edition).", locale);
    }

    private static String localeOf(String language) {
        return List.of("en", "fr", "es", "ar", "zh", "ru").contains(language) ? language : "en";
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("yi-demo-films");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make a folder for the demo films", e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            LOG.warn("Could not clean up {}: {}", folder, e.getMessage());
        }
    }

    /** "Inès" gives "ines" and "Hernández" gives "hernandez": accents dropped, not the letters that carry them. */
    static String mailboxName(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
