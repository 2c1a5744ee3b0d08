package org.youthimages.storage.translation;

import java.util.Map;

/**
 * The names under which an edition's translated texts are stored: by code for the parts organisers name with a
 * code (categories, themes, prizes), by id for rounds and criteria, and by point for a criterion's scale labels.
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

    /** A label of a point on the criterion's scale; a point below zero is written {@code minus2}. */
    static String criterionAnchor(long criterionId, String point) {
        return "criterion." + criterionId + ".anchor." + point.strip().replace("-", "minus");
    }

    /**
     * The key a text takes in a copy of its edition: the same for texts keyed by code, the copy's id for rounds and
     * criteria; null when the round or criterion was not copied.
     */
    static String inCopy(String key, Map<Long, Long> roundIds, Map<Long, Long> criterionIds) {
        String[] parts = key.split("\\.");
        Map<Long, Long> ids = switch (parts[0]) {
            case "round" -> roundIds;
            case "criterion" -> criterionIds;
            default -> null;
        };
        if (ids == null) {
            return key;
        }
        Long id = ids.get(Long.parseLong(parts[1]));
        return id == null ? null : parts[0] + "." + id + key.substring(parts[0].length() + 1 + parts[1].length());
    }
}
