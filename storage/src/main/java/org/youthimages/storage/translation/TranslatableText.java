package org.youthimages.storage.translation;

/**
 * One of an edition's texts that organisers may translate.
 *
 * @param key      where its translations are stored
 * @param field    what the text is, for the organiser's label
 * @param owner    the name of the part it belongs to (a theme's name for its description), empty for the edition's
 *                 own texts
 * @param original the text as it was written
 * @param detail   where in its part the text stands (the point of the scale a label names), empty for most texts
 */
public record TranslatableText(String key, Field field, String owner, String original, String detail) {

    public TranslatableText(String key, Field field, String owner, String original) {
        this(key, field, owner, original, "");
    }

    public enum Field {
        EDITION_NAME, EDITION_THEME, EDITION_RULES, CATEGORY_NAME, THEME_NAME, THEME_DESCRIPTION, PRIZE_NAME,
        PRIZE_DESCRIPTION, ROUND_NAME, CRITERION_NAME, CRITERION_GUIDANCE, CRITERION_ANCHOR;

        /** Texts that are written as paragraphs rather than names. */
        public boolean multiline() {
            return this == EDITION_THEME || this == EDITION_RULES || this == THEME_DESCRIPTION
                    || this == PRIZE_DESCRIPTION || this == CRITERION_GUIDANCE;
        }
    }
}
