package org.youthimages.storage.judging;

import jakarta.inject.Singleton;
import org.youthimages.storage.account.AccessDeniedException;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.edition.AgeCategory;
import org.youthimages.storage.edition.AgeCategoryRepository;
import org.youthimages.storage.edition.RoundRepository;
import org.youthimages.storage.edition.Theme;
import org.youthimages.storage.edition.ThemeRepository;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.EntryRepository;
import org.youthimages.storage.entry.MediaAsset;
import org.youthimages.storage.entry.MediaAssetRepository;
import org.youthimages.storage.entry.Person;
import org.youthimages.storage.entry.PersonRepository;
import org.youthimages.storage.translation.EditionTexts;
import org.youthimages.storage.translation.EditionTranslations;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The film screen's facts, cut to what the round lets its jurors see. Blind rounds never carry the entrant's or
 * team's names; no round ever carries email, date of birth or guardian. The original upload is never offered
 * (its metadata may hold a name or a place); only the transcoder's outputs are.
 */
@Singleton
public class FilmDetails {

    private static final Set<MediaAsset.Kind> FOR_JURORS = Set.of(MediaAsset.Kind.RENDITION, MediaAsset.Kind.POSTER,
            MediaAsset.Kind.STORYBOARD, MediaAsset.Kind.STORYBOARD_VTT, MediaAsset.Kind.SUBTITLE);

    private final JurorAccess access;
    private final EntryRepository entries;
    private final RoundRepository rounds;
    private final AgeCategoryRepository categories;
    private final ThemeRepository themes;
    private final PersonRepository people;
    private final MediaAssetRepository media;
    private final EditionTranslations translations;

    FilmDetails(JurorAccess access, EntryRepository entries, RoundRepository rounds, AgeCategoryRepository categories,
                ThemeRepository themes, PersonRepository people, MediaAssetRepository media,
                EditionTranslations translations) {
        this.access = access;
        this.entries = entries;
        this.rounds = rounds;
        this.categories = categories;
        this.themes = themes;
        this.people = people;
        this.media = media;
        this.translations = translations;
    }

    /** The film's facts, with the edition's names (round, age category, themes) in the juror's language. */
    public FilmSheet film(ActingAccount juror, long assignmentId) {
        JurorAccess.OpenAssignment assignment = access.assignment(juror, assignmentId);
        EditionTexts texts = translations.forJuror(juror, assignment.editionId());
        Entry entry = entries.findById(assignment.entryId()).orElseThrow();
        List<Person> persons = people.findByEntryId(entry.id());
        Optional<Person> entrant = persons.stream().filter(p -> p.role() == Person.Role.ENTRANT).findFirst();
        return new FilmSheet(assignmentId, assignment.roundId(),
                texts.of(rounds.findById(assignment.roundId()).orElseThrow()).name(),
                entry.reference(), entry.title(), entry.synopsis(),
                Optional.ofNullable(entry.ageCategoryId()).flatMap(categories::findById).map(texts::of)
                        .map(AgeCategory::name).orElse(null),
                entry.originalLanguage(), entry.subtitleLanguage(), duration(entry), themeNames(entry, texts),
                assignment.showCountry() ? entrant.map(Person::countryCode).orElse(null) : null,
                entry.aiOrStockFootage() == null ? null : entry.aiOrStockFootage().name(), entry.aiOrStockDetails(),
                assignment.blind() ? null : visibleEntrant(entrant, persons), assignment.blind(),
                assignment.watchThresholdPercent(), mediaFor(entry.id()));
    }

    /** One of the film's files, if this juror may have it now (the judging server streams or signs it). */
    public MediaAsset mediaAsset(ActingAccount juror, long assignmentId, long assetId) {
        JurorAccess.OpenAssignment assignment = access.assignment(juror, assignmentId);
        return media.findById(assetId)
                .filter(asset -> asset.entryId() == assignment.entryId() && FOR_JURORS.contains(asset.kind()))
                .orElseThrow(() -> new AccessDeniedException("Asset " + assetId + " is not part of assignment "
                        + assignmentId));
    }

    /** The film's media of one kind that this juror may have now. */
    public List<FilmSheet.Media> media(ActingAccount juror, long assignmentId, MediaAsset.Kind kind) {
        JurorAccess.OpenAssignment assignment = access.assignment(juror, assignmentId);
        return mediaFor(assignment.entryId()).stream().filter(m -> m.kind() == kind).toList();
    }

    private Long duration(Entry entry) {
        return entry.durationMs() != null ? entry.durationMs()
                : media.findByEntryIdAndKind(entry.id(), MediaAsset.Kind.RENDITION).stream()
                .map(MediaAsset::durationMs).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }

    private List<String> themeNames(Entry entry, EditionTexts texts) {
        return Stream.of(entry.mainThemeId(), entry.secondaryThemeId()).filter(Objects::nonNull)
                .map(themes::findById).flatMap(Optional::stream).map(texts::of).map(Theme::name).toList();
    }

    private List<FilmSheet.Media> mediaFor(long entryId) {
        return media.findByEntryId(entryId).stream().filter(asset -> FOR_JURORS.contains(asset.kind()))
                .sorted(Comparator.comparing(MediaAsset::kind)
                        .thenComparing(a -> a.height() == null ? 0 : -a.height()).thenComparing(MediaAsset::label))
                .map(a -> new FilmSheet.Media(a.id(), a.kind(), a.label(), a.contentType(), a.width(), a.height(),
                        a.bitrate()))
                .toList();
    }

    private static FilmSheet.Entrant visibleEntrant(Optional<Person> entrant, List<Person> persons) {
        if (entrant.isEmpty() || entrant.get().erasedAt() != null) {
            return null;
        }
        List<String> team = persons.stream()
                .filter(p -> p.role() == Person.Role.TEAM_MEMBER && p.erasedAt() == null)
                .map(p -> name(p) + (p.teamRole() == null || p.teamRole().isBlank() ? "" : " (" + p.teamRole() + ")"))
                .toList();
        return new FilmSheet.Entrant(name(entrant.get()), entrant.get().organisation(), team);
    }

    private static String name(Person p) {
        return p.fullName();
    }
}
