package org.youthimages.storage.translation;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.youthimages.storage.account.AccessRules;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.account.Languages;
import org.youthimages.storage.audit.AuditLog;
import org.youthimages.storage.decision.Refused;
import org.youthimages.storage.edition.Criterion;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.edition.EditionContents;
import org.youthimages.storage.edition.EditionRepository;
import org.youthimages.storage.edition.Prize;
import org.youthimages.storage.edition.Round;
import org.youthimages.storage.edition.Theme;
import org.youthimages.storage.sql.Jdbc;
import org.youthimages.storage.text.TypedText;
import org.youthimages.storage.translation.TranslatableText.Field;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Organisers translate an edition's own texts into the languages of the public site; the public pages and emails
 * read them in the reader's language ({@link EditionTexts}), falling back to the text as it was written.
 */
@Singleton
public class EditionTranslations {

    /** The languages of the public site, which organisers may translate an edition into. */
    public static final List<String> LANGUAGES = List.of("en", "fr", "es", "ar", "zh", "ru");

    private final AccessRules access;
    private final EditionRepository editions;
    private final EditionContents contents;
    private final Jdbc jdbc;
    private final AuditLog audit;

    EditionTranslations(AccessRules access, EditionRepository editions, EditionContents contents, Jdbc jdbc,
                        AuditLog audit) {
        this.access = access;
        this.editions = editions;
        this.contents = contents;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The edition's texts for a reader of that language (public: the texts are on the public pages anyway). */
    public EditionTexts forReaders(long editionId, String language) {
        return new EditionTexts(stored(editionId, language));
    }

    /**
     * The edition's texts for a juror, in the language of their judging interface (the jury works in fewer
     * languages than the public site reads).
     */
    public EditionTexts forJuror(ActingAccount juror, long editionId) {
        return forReaders(editionId, Languages.closest(juror.locale()).getLanguage());
    }

    /** Every text of the edition organisers may translate, in the order of the setup screen. */
    public List<TranslatableText> texts(ActingAccount organiser, long editionId) {
        access.requireOrganiser(organiser);
        return texts(editions.require(editionId));
    }

    /** The translations given so far in one language, by text key. */
    public Map<String, String> translations(ActingAccount organiser, long editionId, String language) {
        access.requireOrganiser(organiser);
        return stored(editionId, requireLanguage(language));
    }

    /**
     * Replaces the translations of the given texts in one language: a blank text removes its translation, so the
     * original shows again. Keys that are not texts of the edition are refused.
     */
    @Transactional
    public void save(ActingAccount organiser, long editionId, String language, Map<String, String> translated) {
        access.requireOrganiser(organiser);
        requireLanguage(language);
        Edition edition = editions.require(editionId);
        Set<String> known = new HashSet<>();
        texts(edition).forEach(t -> known.add(t.key()));
        for (String key : translated.keySet()) {
            if (!known.contains(key)) {
                throw new Refused("translation.unknownText", "The edition has no text " + key, key);
            }
        }
        Map<String, String> before = stored(editionId, language);
        Map<String, String> after = new LinkedHashMap<>(before);
        translated.forEach((key, text) -> {
            String value = TypedText.paragraphs(text);
            if (value.isEmpty()) {
                jdbc.update("delete from edition_translation where edition_id = ? and text_key = ? and language = ?",
                        editionId, key, language);
                after.remove(key);
            } else {
                jdbc.update("""
                        insert into edition_translation (edition_id, text_key, language, text) values (?, ?, ?, ?)
                        on conflict (edition_id, text_key, language)
                        do update set text = excluded.text, updated_at = now()""", editionId, key, language, value);
                after.put(key, value);
            }
        });
        if (!after.equals(before)) {
            audit.record(organiser.actor(), "edition.translate", editionId, "edition", editionId,
                    Map.of("language", language, "texts", before), Map.of("language", language, "texts", after));
        }
    }

    /**
     * Gives a copy of an edition the translations of the original: texts of categories, themes and prizes keep their
     * keys (their codes), those of rounds and criteria follow the copies' ids, and the edition's translated names
     * go through {@code editionName} (which puts the new year in them).
     */
    @Transactional
    public void copy(ActingAccount organiser, long fromEditionId, long toEditionId, Map<Long, Long> roundIds,
                     Map<Long, Long> criterionIds, UnaryOperator<String> editionName) {
        access.requireOrganiser(organiser);
        record Stored(String key, String language, String text) {
        }
        List<Stored> stored = jdbc.list("select text_key, language, text from edition_translation where edition_id = ?",
                rs -> new Stored(rs.getString(1), rs.getString(2), rs.getString(3)), fromEditionId);
        for (Stored t : stored) {
            String key = TextKeys.inCopy(t.key(), roundIds, criterionIds);
            if (key != null) {
                jdbc.update("insert into edition_translation (edition_id, text_key, language, text) values (?, ?, ?, ?)",
                        toEditionId, key, t.language(),
                        key.equals(TextKeys.EDITION_NAME) ? editionName.apply(t.text()) : t.text());
            }
        }
    }

    private List<TranslatableText> texts(Edition edition) {
        EditionContents.Contents parts = contents.of(edition);
        List<TranslatableText> texts = new ArrayList<>();
        texts.add(new TranslatableText(TextKeys.EDITION_NAME, Field.EDITION_NAME, "", edition.name()));
        texts.add(new TranslatableText(TextKeys.EDITION_THEME, Field.EDITION_THEME, "", edition.themeText()));
        texts.add(new TranslatableText(TextKeys.EDITION_RULES, Field.EDITION_RULES, "", edition.rulesText()));
        parts.categories().forEach(c ->
                texts.add(new TranslatableText(TextKeys.category(c.code()), Field.CATEGORY_NAME, c.name(), c.name())));
        for (Theme t : parts.themes()) {
            texts.add(new TranslatableText(TextKeys.themeName(t.code()), Field.THEME_NAME, t.name(), t.name()));
            texts.add(new TranslatableText(TextKeys.themeDescription(t.code()), Field.THEME_DESCRIPTION, t.name(),
                    t.description()));
        }
        for (Prize p : parts.prizes()) {
            texts.add(new TranslatableText(TextKeys.prizeName(p.code()), Field.PRIZE_NAME, p.name(), p.name()));
            texts.add(new TranslatableText(TextKeys.prizeDescription(p.code()), Field.PRIZE_DESCRIPTION, p.name(),
                    p.description()));
        }
        for (EditionContents.RoundWithCriteria round : parts.rounds()) {
            Round r = round.round();
            texts.add(new TranslatableText(TextKeys.roundName(r.id()), Field.ROUND_NAME, r.name(), r.name()));
            for (Criterion c : round.criteria()) {
                texts.add(new TranslatableText(TextKeys.criterionName(c.id()), Field.CRITERION_NAME, c.name(),
                        c.name()));
                texts.add(new TranslatableText(TextKeys.criterionGuidance(c.id()), Field.CRITERION_GUIDANCE, c.name(),
                        c.guidance()));
                anchorTexts(c).forEach(texts::add);
            }
        }
        return texts;
    }

    /** The labels of the criterion's scale, lowest point first. */
    private static List<TranslatableText> anchorTexts(Criterion c) {
        return c.anchors().entrySet().stream()
                .sorted(Comparator.comparingInt(anchor -> Integer.parseInt(anchor.getKey().strip())))
                .map(anchor -> new TranslatableText(TextKeys.criterionAnchor(c.id(), anchor.getKey()),
                        Field.CRITERION_ANCHOR, c.name(), anchor.getValue(), anchor.getKey().strip()))
                .toList();
    }

    private Map<String, String> stored(long editionId, String language) {
        Map<String, String> texts = new HashMap<>();
        jdbc.list("select text_key, text from edition_translation where edition_id = ? and language = ?",
                rs -> texts.put(rs.getString(1), rs.getString(2)), editionId, language);
        return texts;
    }

    private static String requireLanguage(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new Refused("translation.language", "Editions are translated into " + LANGUAGES + ", not "
                    + language, language);
        }
        return language;
    }
}
