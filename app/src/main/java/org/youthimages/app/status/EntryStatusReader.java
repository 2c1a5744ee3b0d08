package org.youthimages.app.status;

import jakarta.inject.Singleton;
import org.youthimages.app.i18n.Language;
import org.youthimages.app.i18n.Messages;
import org.youthimages.storage.edition.AgeCategoryRepository;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.edition.EditionRepository;
import org.youthimages.storage.edition.ThemeRepository;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.EntryRepository;
import org.youthimages.storage.entry.MediaAsset;
import org.youthimages.storage.entry.MediaAssetRepository;
import org.youthimages.storage.entry.Person;
import org.youthimages.storage.entry.PersonRepository;
import org.youthimages.storage.job.Job;
import org.youthimages.storage.job.JobRepository;
import org.youthimages.storage.job.TranscodeJob;
import org.youthimages.storage.objects.ObjectStore;
import org.youthimages.storage.publication.Gallery;
import org.youthimages.storage.publication.JuryFeedback;
import org.youthimages.storage.submission.EntryRules;
import org.youthimages.storage.submission.SecretTokens;
import org.youthimages.storage.submission.SubmissionQueries;
import org.youthimages.storage.translation.EditionTexts;
import org.youthimages.storage.translation.EditionTranslations;
import org.youthimages.storage.upload.UploadSessionRepository;
import org.youthimages.storage.withdrawal.EntryWithdrawals;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Reads everything the status page shows for the entry behind a private link. */
@Singleton
public class EntryStatusReader {

    private static final Duration LINK_LIFETIME = Duration.ofHours(6);
    private static final List<String> PREVIEW_ORDER = List.of("480p", "360p", "720p", "1080p");

    private final EntryRepository entries;
    private final EditionRepository editions;
    private final PersonRepository people;
    private final MediaAssetRepository assets;
    private final JobRepository jobs;
    private final ObjectStore objects;
    private final SubmissionQueries queries;
    private final AgeCategoryRepository categories;
    private final ThemeRepository themes;
    private final UploadSessionRepository uploads;
    private final EditionTranslations translations;
    private final Gallery gallery;
    private final JuryFeedback feedback;
    private final EntryWithdrawals withdrawals;
    private final Messages messages;

    EntryStatusReader(EntryRepository entries, EditionRepository editions, PersonRepository people,
                      MediaAssetRepository assets, JobRepository jobs, ObjectStore objects, SubmissionQueries queries,
                      AgeCategoryRepository categories, ThemeRepository themes, UploadSessionRepository uploads,
                      EditionTranslations translations, Gallery gallery, JuryFeedback feedback,
                      EntryWithdrawals withdrawals, Messages messages) {
        this.messages = messages;
        this.feedback = feedback;
        this.withdrawals = withdrawals;
        this.translations = translations;
        this.gallery = gallery;
        this.entries = entries;
        this.editions = editions;
        this.people = people;
        this.assets = assets;
        this.jobs = jobs;
        this.objects = objects;
        this.queries = queries;
        this.categories = categories;
        this.themes = themes;
        this.uploads = uploads;
    }

    public Optional<Entry> entryFor(String token) {
        return SecretTokens.looksValid(token) ? entries.findByStatusTokenHash(SecretTokens.hash(token)) : Optional.empty();
    }

    /** The entry behind a private link, with the edition's texts in the reader's language. */
    public Optional<EntryStatus> read(String token, Language language) {
        return entryFor(token).map(entry -> status(entry, language));
    }

    /** Only what the status page polls for: the entry's status and, while its film is prepared, how far it got. */
    Optional<FilmProgress> progress(String token) {
        return entryFor(token).map(entry -> new FilmProgress(entry.status().name(),
                assets.findByEntryIdAndKindAndLabel(entry.id(), MediaAsset.Kind.ORIGINAL, "")
                        .flatMap(original -> progress(entry, original)).orElse(null)));
    }

    private EntryStatus status(Entry entry, Language language) {
        Edition written = editions.findById(entry.editionId()).orElseThrow();
        EditionTexts texts = translations.forReaders(written.id(), language.code());
        Edition edition = texts.of(written);
        List<Person> persons = people.findByEntryId(entry.id());
        List<MediaAsset> media = assets.findByEntryId(entry.id());
        Optional<MediaAsset> original = media.stream().filter(m -> m.kind() == MediaAsset.Kind.ORIGINAL).findFirst();
        boolean ready = entry.status() == Entry.Status.READY;
        EntryWithdrawals.Standing withdrawal = withdrawals.standing(entry.id());
        return new EntryStatus(entry, edition, person(persons, Person.Role.ENTRANT).orElseThrow(),
                person(persons, Person.Role.GUARDIAN).orElse(null),
                persons.stream().filter(p -> p.role() == Person.Role.TEAM_MEMBER).toList(),
                original.flatMap(o -> progress(entry, o)).orElse(null),
                ready ? poster(media).map(p -> objects.presignedGet(p.objectKey(), LINK_LIFETIME)).orElse(null) : null,
                ready ? preview(media).map(p -> objects.presignedGet(p.objectKey(), LINK_LIFETIME)).orElse(null) : null,
                original.flatMap(o -> uploads.filenameOf(entry.id(), o.objectKey())).orElse(null),
                queries.shortlisted(entry.id()), gallery.publishedAwards(entry.id(), language.code()).stream()
                        .map(award -> messages.get(language, "gallery.award." + award.kind(), award.name())).toList(),
                EntryRules.lock(entry, edition, Instant.now()),
                entry.ageCategoryId() == null ? "" : categories.findById(entry.ageCategoryId())
                        .map(c -> texts.of(c).name()).orElse(""),
                entry.mainThemeId() == null ? "" : themes.findById(entry.mainThemeId())
                        .map(t -> texts.of(t).name()).orElse(""),
                entry.secondaryThemeId() == null ? null : themes.findById(entry.secondaryThemeId())
                        .map(t -> texts.of(t).name()).orElse(null),
                feedback.forEntrant(entry.id()), withdrawal.withdrawnAt(), withdrawal.refusal());
    }

    private Optional<Integer> progress(Entry entry, MediaAsset original) {
        if (entry.status() != Entry.Status.PROCESSING && entry.status() != Entry.Status.RECEIVED) {
            return Optional.empty();
        }
        return jobs.findByDedupeKey(new TranscodeJob(entry.id(), original.id()).dedupeKey())
                .filter(job -> job.state() == Job.State.RUNNING || job.state() == Job.State.QUEUED)
                .map(job -> job.progressPercent().intValue());
    }

    private static Optional<MediaAsset> poster(List<MediaAsset> media) {
        return media.stream().filter(m -> m.kind() == MediaAsset.Kind.POSTER)
                .max(Comparator.comparingInt(m -> posterWidth(m.label()) <= 1280 ? posterWidth(m.label()) : -1));
    }

    private static Optional<MediaAsset> preview(List<MediaAsset> media) {
        return media.stream().filter(m -> m.kind() == MediaAsset.Kind.RENDITION && PREVIEW_ORDER.contains(m.label()))
                .min(Comparator.comparingInt(m -> PREVIEW_ORDER.indexOf(m.label())));
    }

    private static int posterWidth(String label) {
        try {
            return Integer.parseInt(label.substring(1));
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private static Optional<Person> person(List<Person> persons, Person.Role role) {
        return persons.stream().filter(p -> p.role() == role).findFirst();
    }
}
