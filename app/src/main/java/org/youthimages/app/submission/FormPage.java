package org.youthimages.app.submission;

import org.youthimages.app.edition.EditionRules.PublicEdition;
import org.youthimages.app.i18n.Language;
import org.youthimages.app.i18n.Messages;
import org.youthimages.storage.entry.Entry;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** The model of the submission form (new entry or changed details), with what was typed and what is wrong. */
final class FormPage {

    private FormPage() {
    }

    static Map<String, Object> model(PublicEdition edition, SubmissionForm form, List<FieldError> errors,
                                     Language language, Messages messages, boolean addMember, String action,
                                     boolean newEntry) {
        Map<String, String> errorsByField = new LinkedHashMap<>();
        errors.forEach(e -> errorsByField.put(e.field(), e.message()));
        int slots = form.slotsToShow(addMember);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("e", edition);
        model.put("f", form.values());
        model.put("errors", errors);
        model.put("err", errorsByField);
        model.put("action", action);
        model.put("newEntry", newEntry);
        model.put("teamRows", IntStream.range(0, slots).boxed().toList());
        model.put("teamSlots", slots);
        model.put("maxTeam", SubmissionValidator.MAX_TEAM);
        model.put("countries", FormChoices.countries(language));
        model.put("filmLanguages", FormChoices.languages(language));
        model.put("themeChoices", edition.themes().stream().map(t -> new FormChoices.Choice(t.code(), t.name())).toList());
        model.put("prizeChoices", edition.specialRecognitions().stream()
                .map(p -> new FormChoices.Choice(p.code(), p.name())).toList());
        model.put("relationshipChoices", SubmissionForm.RELATIONSHIPS.stream()
                .map(r -> new FormChoices.Choice(r, messages.get(language, "form.relationship." + r))).toList());
        model.put("footageAnswers", Arrays.stream(Entry.Footage.values()).map(Enum::name).toList());
        model.put("declarations", Declarations.ENTRANT.stream().map(Enum::name).toList());
        model.put("categoriesJson", categoriesJson(edition));
        return model;
    }

    /** The edition's age bands for the page's script, which shows the computed category as soon as a date is typed. */
    private static String categoriesJson(PublicEdition edition) {
        StringBuilder json = new StringBuilder("[");
        edition.categories().forEach(c -> json.append(json.length() > 1 ? "," : "")
                .append("{\"min\":").append(c.minAge()).append(",\"max\":").append(c.maxAge())
                .append(",\"name\":\"").append(c.name().replace("\\", "\\\\").replace("\"", "\\\"")).append("\"}"));
        return json.append("]").toString();
    }
}
