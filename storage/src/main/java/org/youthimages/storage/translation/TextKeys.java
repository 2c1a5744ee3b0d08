package org.youthimages.storage.translation;

/**
 * The names under which an edition's translated texts are stored: by code for the parts organisers name with a
 * code (categories, themes, prizes), by id for rounds and criteria.
 */
final class TextKeys {

    static final String EDITION_NAME = "edition.name";
    static final String EDITION_THEME = "edition.theme";
    static final String EDITION_RULES = "edition.rules";

    private TextKeys() {
    }

    static String category(String code) {
        return "category." + code;
    }

    static String themeName(String code) {
        return "theme." + code + ".name";
    }

    static String themeDescription(String code) {
        return "theme." + code + ".description";
    }

    static String prizeName(String code) {
        return "prize." + code + ".name";
    }

    static String prizeDescription(String code) {
        return "prize." + code + ".description";
    }

    static String roundName(long roundId) {
        return "round." + roundId + ".name";
    }

    static String criterionName(long criterionId) {
        return "criterion." + criterionId + ".name";
    }

    static String criterionGuidance(long criterionId) {
        return "criterion." + criterionId + ".guidance";
    }
}
