package org.youthimages.app.submission;

import org.youthimages.storage.text.TypedText;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The submitted form's values by field name, as {@link TypedText} cleans them (one line each but in the text areas),
 * with the team's rows numbered {@code team0.role} and so on.
 * Also what the page shows again after an error, so nothing typed is lost.
 */
public final class SubmissionForm {

    static final List<String> RELATIONSHIPS = List.of("PARENT", "LEGAL_GUARDIAN", "OTHER_RESPONSIBLE_ADULT");
    private static final List<String> TEAM_FIELDS = List.of("givenName", "familyName", "role", "age");
    private static final Set<String> TEXT_AREAS = Set.of("synopsis", "screeningHistory", "footageDetails");

    private final Map<String, String> values;
    private final int teamSlots;

    public SubmissionForm(Map<String, String> raw) {
        this.values = new HashMap<>();
        raw.forEach((k, v) -> values.put(k, TEXT_AREAS.contains(k) ? TypedText.paragraphs(v) : TypedText.line(v)));
        int slots = parseOr(values.get("teamSlots"), 0);
        this.teamSlots = Math.clamp(slots, 0, SubmissionValidator.MAX_TEAM + 1);
    }

    public static SubmissionForm empty() {
        return new SubmissionForm(Map.of());
    }

    public String get(String field) {
        return values.getOrDefault(field, "");
    }

    public Map<String, String> values() {
        return values;
    }

    public static String team(int row, String field) {
        return "team" + row + "." + field;
    }

    /** Rows of the team someone typed anything into; blank rows are ignored. */
    public List<Integer> teamRows() {
        return IntStream.range(0, teamSlots)
                .filter(i -> TEAM_FIELDS.stream().anyMatch(f -> !get(team(i, f)).isBlank()))
                .boxed().toList();
    }

    /** How many team rows the page shows: the filled ones plus one blank, or more when asked to add one. */
    public int slotsToShow(boolean addOne) {
        int filled = teamRows().isEmpty() ? 0 : teamRows().getLast() + 1;
        return Math.min(SubmissionValidator.MAX_TEAM, Math.max(filled, teamSlots) + (addOne ? 1 : 0));
    }

    private static int parseOr(String value, int fallback) {
        try {
            return value == null ? fallback : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
