package org.youthimages.app.submission;

import org.youthimages.app.i18n.Formats;
import org.youthimages.app.i18n.Language;
import org.youthimages.app.i18n.Messages;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the error summary at the top of the submission form calls each field, so that a list of problems reads
 * "Title: Please fill this in." rather than the same sentence nine times. Team and guardian fields are named with
 * their group ("Team member 2, Age"), and so is each declaration, by a short name ("Declarations, Privacy notice").
 */
final class FieldLabels {

    private static final Map<String, String> LABEL_KEYS = Map.ofEntries(
            Map.entry("title", "form.title.label"),
            Map.entry("synopsis", "form.synopsis"),
            Map.entry("originalLanguage", "form.originalLanguage"),
            Map.entry("subtitleLanguage", "form.subtitleLanguage"),
            Map.entry("completedOn", "form.completedOn"),
            Map.entry("mainTheme", "form.mainTheme"),
            Map.entry("secondaryTheme", "form.secondaryTheme"),
            Map.entry("specialRecognition", "form.specialRecognition"),
            Map.entry("screeningHistory", "form.screeningHistory"),
            Map.entry("footage", "form.footage.short"),
            Map.entry("footageDetails", "form.footageDetails"),
            Map.entry("givenName", "form.givenName"),
            Map.entry("familyName", "form.familyName"),
            Map.entry("email", "form.email"),
            Map.entry("dateOfBirth", "form.dateOfBirth"),
            Map.entry("country", "form.country"),
            Map.entry("organisation", "form.organisation"));

    private static final Map<String, String> GUARDIAN_KEYS = Map.of(
            "guardianGivenName", "form.givenName",
            "guardianFamilyName", "form.familyName",
            "guardianEmail", "form.email",
            "guardianRelationship", "form.guardian.relationship");

    private static final Map<String, String> TEAM_KEYS = Map.of(
            "givenName", "form.givenName",
            "familyName", "form.familyName",
            "role", "form.team.role",
            "age", "form.team.age");

    private static final Pattern TEAM_FIELD = Pattern.compile("team(\\d+)\\.(\\w+)");
    private static final String DECLARATION = "decl.";

    private final Language language;
    private final Messages messages;

    FieldLabels(Language language, Messages messages) {
        this.language = language;
        this.messages = messages;
    }

    /** The field's name in the reader's language, or empty for a field this form does not have. */
    Optional<String> of(String field) {
        if (LABEL_KEYS.containsKey(field)) {
            return Optional.of(text(LABEL_KEYS.get(field)));
        }
        if (GUARDIAN_KEYS.containsKey(field)) {
            return Optional.of(group(text("form.guardian"), text(GUARDIAN_KEYS.get(field))));
        }
        if (field.startsWith(DECLARATION)) {
            return Optional.of(group(text("form.declarations"),
                    text("declaration.short." + field.substring(DECLARATION.length()))));
        }
        Matcher team = TEAM_FIELD.matcher(field);
        if (team.matches() && TEAM_KEYS.containsKey(team.group(2))) {
            int row = Integer.parseInt(team.group(1));
            String member = messages.get(language, "form.team.member", new Formats(language).number(row + 1));
            return Optional.of(group(member, text(TEAM_KEYS.get(team.group(2)))));
        }
        return Optional.empty();
    }

    private String group(String group, String field) {
        return messages.get(language, "form.errors.group", group, field);
    }

    private String text(String key) {
        return messages.get(language, key);
    }
}
