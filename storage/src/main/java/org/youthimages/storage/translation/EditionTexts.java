package org.youthimages.storage.translation;

import org.youthimages.storage.edition.AgeCategory;
import org.youthimages.storage.edition.Criterion;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.edition.EditionContents;
import org.youthimages.storage.edition.Prize;
import org.youthimages.storage.edition.Round;
import org.youthimages.storage.edition.Theme;

import java.util.HashMap;
import java.util.Map;

/**
 * An edition's texts in one reader's language: each part comes back with its translated name and description,
 * or as it was written where no translation was given. Codes, ids and rules are never changed, so the parts can
 * be used for anything but saving.
 */
public record EditionTexts(Map<String, String> texts) {

    /** No translation: every text as it was written. */
    public static final EditionTexts AS_WRITTEN = new EditionTexts(Map.of());

    public EditionTexts {
        texts = Map.copyOf(texts);
    }

    public String text(String key, String original) {
        return texts.getOrDefault(key, original);
    }

    /** The whole edition in this language. */
    public EditionContents.Contents of(EditionContents.Contents c) {
        return new EditionContents.Contents(of(c.edition()), c.categories().stream().map(this::of).toList(),
                c.themes().stream().map(this::of).toList(), c.prizes().stream().map(this::of).toList(),
                c.rounds().stream().map(r -> new EditionContents.RoundWithCriteria(of(r.round()),
                        r.criteria().stream().map(this::of).toList())).toList());
    }

    public Edition of(Edition e) {
        return e.withTexts(text(TextKeys.EDITION_NAME, e.name()), text(TextKeys.EDITION_THEME, e.themeText()),
                text(TextKeys.EDITION_RULES, e.rulesText()));
    }

    public AgeCategory of(AgeCategory c) {
        return new AgeCategory(c.id(), c.editionId(), c.code(), text(TextKeys.category(c.code()), c.name()),
                c.minAge(), c.maxAge(), c.position());
    }

    public Theme of(Theme t) {
        return new Theme(t.id(), t.editionId(), t.code(), text(TextKeys.themeName(t.code()), t.name()),
                text(TextKeys.themeDescription(t.code()), t.description()), t.position());
    }

    public Prize of(Prize p) {
        return new Prize(p.id(), p.editionId(), p.kind(), p.code(), text(TextKeys.prizeName(p.code()), p.name()),
                text(TextKeys.prizeDescription(p.code()), p.description()), p.partnerName(), p.panelId(),
                p.position());
    }

    public Round of(Round r) {
        return r.withName(text(TextKeys.roundName(r.id()), r.name()));
    }

    public Criterion of(Criterion c) {
        return new Criterion(c.id(), c.roundId(), c.code(), text(TextKeys.criterionName(c.id()), c.name()),
                text(TextKeys.criterionGuidance(c.id()), c.guidance()), c.weight(), c.scaleMin(), c.scaleMax(),
                anchors(c), c.position());
    }

    /** The labels of the criterion's scale, each point's translated where it has a translation. */
    private Map<String, String> anchors(Criterion c) {
        Map<String, String> labels = new HashMap<>();
        c.anchors().forEach((point, label) -> labels.put(point, text(TextKeys.criterionAnchor(c.id(), point), label)));
        return labels;
    }

    public String editionName(String original) {
        return text(TextKeys.EDITION_NAME, original);
    }

    public String editionTheme(String original) {
        return text(TextKeys.EDITION_THEME, original);
    }

    public String categoryName(String code, String original) {
        return text(TextKeys.category(code), original);
    }

    public String roundName(long roundId, String original) {
        return text(TextKeys.roundName(roundId), original);
    }

    /** An award's name: the prize's, or the age category's for a category distinction. */
    public String awardName(String kind, String code, String original) {
        return text("CATEGORY_DISTINCTION".equals(kind) ? TextKeys.category(code) : TextKeys.prizeName(code),
                original);
    }
}
