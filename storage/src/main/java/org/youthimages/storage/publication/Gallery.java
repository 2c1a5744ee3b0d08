package org.youthimages.storage.publication;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.youthimages.storage.entry.MediaAsset;
import org.youthimages.storage.entry.PersonNames;
import org.youthimages.storage.results.Award;
import org.youthimages.storage.sql.Jdbc;
import org.youthimages.storage.translation.EditionTexts;
import org.youthimages.storage.translation.EditionTranslations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public gallery of an edition's winners, as long as they are published: each winning film with its awards,
 * category, country, synopsis, poster and web renditions, and its entrant's first name only (the full name only
 * when the entrant agreed, or for a minor, the guardian). Nothing else about the entrant is ever read here.
 */
@Singleton
public class Gallery {

    /** An edition whose winners are published. */
    public record Published(long editionId, String slug, String name, int year, Instant publishedAt) {
    }

    public record Page(Published edition, String themeText, List<Winner> winners) {
    }

    /**
     * One award a film won: its kind, and the code and name of the prize (or of the age category, for a
     * distinction).
     */
    public record WinnerAward(String kind, String code, String name) {
    }

    /** A file the gallery may show, served by its id. */
    public record Media(long assetId, MediaAsset.Kind kind, String label, String contentType, @Nullable Integer width,
                        @Nullable Integer height) {
    }

    public record Winner(long entryId, String title, String synopsis, @Nullable String categoryCode,
                         @Nullable String category, @Nullable String countryCode, String name, @Nullable String originalLanguage,
                         @Nullable Long durationMs, List<WinnerAward> awards, List<Media> media) {

        public Optional<Media> poster() {
            return media.stream().filter(m -> m.kind() == MediaAsset.Kind.POSTER)
                    .max(java.util.Comparator.comparingInt(m -> m.width() == null || m.width() > 1280 ? 0 : m.width()));
        }

        /** Web renditions, lightest first. */
        public List<Media> renditions() {
            return media.stream().filter(m -> m.kind() == MediaAsset.Kind.RENDITION)
                    .sorted(java.util.Comparator.comparingInt(m -> m.height() == null ? 0 : m.height())).toList();
        }

        public List<Media> subtitles() {
            return media.stream().filter(m -> m.kind() == MediaAsset.Kind.SUBTITLE).toList();
        }
    }

    private static final String PUBLISHED = """
            select e.id, e.slug, e.name, e.year, p.published_at from publication p join edition e on e.id = p.edition_id
             where p.unpublished_at is null""";

    private final Jdbc jdbc;
    private final EditionTranslations translations;

    Gallery(Jdbc jdbc, EditionTranslations translations) {
        this.jdbc = jdbc;
        this.translations = translations;
    }

    /** Every edition whose winners are published, newest first, named in the reader's language. */
    public List<Published> published(String language) {
        return jdbc.list(PUBLISHED + " order by e.year desc, p.published_at desc", Gallery::published).stream()
                .map(p -> new Published(p.editionId(), p.slug(), translations.forReaders(p.editionId(), language)
                        .editionName(p.name()), p.year(), p.publishedAt())).toList();
    }

    /** An edition's published winners, with the edition's texts in the reader's language. */
    public Optional<Page> page(String slug, String language) {
        return jdbc.one(PUBLISHED + " and e.slug = ?", Gallery::published, slug).map(edition -> {
            EditionTexts texts = translations.forReaders(edition.editionId(), language);
            String theme = jdbc.one("select theme_text from edition where id = ?", rs -> rs.getString(1),
                    edition.editionId()).orElse("");
            return new Page(new Published(edition.editionId(), edition.slug(), texts.editionName(edition.name()),
                    edition.year(), edition.publishedAt()), texts.editionTheme(theme),
                    winners(edition.editionId()).stream().map(w -> translated(w, texts)).toList());
        });
    }

    private static Winner translated(Winner w, EditionTexts texts) {
        return new Winner(w.entryId(), w.title(), w.synopsis(), w.categoryCode(),
                w.categoryCode() == null ? w.category() : texts.categoryName(w.categoryCode(), w.category()),
                w.countryCode(), w.name(), w.originalLanguage(), w.durationMs(), translated(w.awards(), texts),
                w.media());
    }

    /** The awards with their names in the reader's language. */
    static List<WinnerAward> translated(List<WinnerAward> awards, EditionTexts texts) {
        return awards.stream().map(a -> new WinnerAward(a.kind(), a.code(), texts.awardName(a.kind(), a.code(),
                a.name()))).toList();
    }

    /**
     * The names of the awards a film won, in the reader's language, once the edition's winners are published
     * (never before).
     */
    public List<PublishedAward> publishedAwards(long entryId, String language) {
        record Won(long editionId, String kind, String code, String name) {
        }
        List<Won> won = jdbc.list("""
                select a.edition_id, a.kind, coalesce(pr.code, c.code), coalesce(pr.name, c.name) from award a
                  join publication pub on pub.edition_id = a.edition_id and pub.unpublished_at is null
                  left join prize pr on pr.id = a.prize_id
                  left join age_category c on c.id = a.age_category_id
                 where a.entry_id = ? order by a.id""",
                rs -> new Won(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)), entryId);
        if (won.isEmpty()) {
            return List.of();
        }
        EditionTexts texts = translations.forReaders(won.getFirst().editionId(), language);
        return won.stream().map(w -> new PublishedAward(Award.Kind.valueOf(w.kind()),
                texts.awardName(w.kind(), w.code(), w.name()))).toList();
    }

    /** An award as published: its kind, and the prize's or the age category's name in the reader's language. */
    public record PublishedAward(Award.Kind kind, String name) {
    }

    /** A file of a published winner of this edition that the gallery shows (never an original upload). */
    public Optional<MediaAsset> media(String slug, long assetId) {
        return jdbc.one("""
                select m.entry_id, m.kind, m.label, m.object_key, m.content_type, m.size_bytes from media_asset m
                  join entry e on e.id = m.entry_id join edition ed on ed.id = e.edition_id
                  join publication p on p.edition_id = ed.id and p.unpublished_at is null
                 where m.id = ? and ed.slug = ? and m.kind in ('RENDITION', 'POSTER', 'SUBTITLE')
                   and exists (select 1 from award a where a.entry_id = e.id)""",
                rs -> new MediaAsset(assetId, rs.getLong(1), MediaAsset.Kind.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getLong(6), null, null, null, null, null, null, null),
                assetId, slug);
    }

    /**
     * Every award decided in an edition, by the film that won it, films in the order of their first award:
     * category distinctions first, then special recognitions, then the other prizes, each in the edition's order.
     */
    Map<Long, List<WinnerAward>> awardsByFilm(long editionId) {
        Map<Long, List<WinnerAward>> awards = new LinkedHashMap<>();
        jdbc.list("""
                select a.entry_id, a.kind, coalesce(pr.code, c.code), coalesce(pr.name, c.name) from award a
                  left join prize pr on pr.id = a.prize_id left join age_category c on c.id = a.age_category_id
                 where a.edition_id = ?
                 order by case a.kind when 'CATEGORY_DISTINCTION' then 0 when 'SPECIAL_RECOGNITION' then 1 else 2 end,
                          coalesce(c.position, pr.position), a.id""", rs -> awards.computeIfAbsent(rs.getLong(1),
                k -> new ArrayList<>()).add(new WinnerAward(rs.getString(2), rs.getString(3), rs.getString(4))), editionId);
        return awards;
    }

    private List<Winner> winners(long editionId) {
        Map<Long, List<WinnerAward>> awards = awardsByFilm(editionId);
        if (awards.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Media>> media = new LinkedHashMap<>();
        jdbc.list("""
                select entry_id, id, kind, label, content_type, width, height from media_asset
                 where entry_id = any(?) and kind in ('RENDITION', 'POSTER', 'SUBTITLE') order by id""",
                rs -> media.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Media(rs.getLong(2),
                        MediaAsset.Kind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                        Jdbc.nullableInt(rs, "width"), Jdbc.nullableInt(rs, "height"))),
                (Object) awards.keySet().toArray(Long[]::new));
        Map<Long, Winner> winners = new LinkedHashMap<>();
        jdbc.list("""
                select e.id, e.title, e.synopsis, c.code as category_code, c.name as category, p.country_code,
                       p.given_name, p.family_name,
                       e.original_language, e.duration_ms,
                       exists (select 1 from consent k join person by_whom on by_whom.id = k.person_id
                                where k.entry_id = e.id and k.kind = 'FULL_NAME_IN_GALLERY' and k.withdrawn_at is null
                                  and by_whom.role = case when g.id is null then 'ENTRANT' else 'GUARDIAN' end)
                           as full_name
                  from entry e
                  left join age_category c on c.id = e.age_category_id
                  left join person p on p.entry_id = e.id and p.role = 'ENTRANT'
                  left join person g on g.entry_id = e.id and g.role = 'GUARDIAN'
                 where e.id = any(?)""", rs -> {
                    long id = rs.getLong(1);
                    String given = rs.getString("given_name") == null ? "" : rs.getString("given_name").strip();
                    String name = rs.getBoolean("full_name") ? PersonNames.full(given, rs.getString("family_name"))
                            : given;
                    return winners.put(id, new Winner(id, rs.getString("title"), rs.getString("synopsis"),
                            rs.getString("category_code"), rs.getString("category"), rs.getString("country_code"),
                            name, rs.getString("original_language"), Jdbc.nullableLong(rs, "duration_ms"),
                            awards.get(id), media.getOrDefault(id, List.of())));
                }, (Object) awards.keySet().toArray(Long[]::new));
        return awards.keySet().stream().map(winners::get).filter(java.util.Objects::nonNull).toList();
    }

    private static Published published(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Published(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                Jdbc.instant(rs, "published_at"));
    }
}
