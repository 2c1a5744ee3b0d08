package org.youthimages.app.submission;

import org.youthimages.app.status.EntryStatus;
import org.youthimages.storage.edition.Prize;
import org.youthimages.storage.edition.Theme;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.Person;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** An entry's stored details as the values of the form that edits them. */
final class EntryForms {

    private EntryForms() {
    }

    static SubmissionForm of(EntryStatus status) {
        Entry e = status.entry();
        Map<String, String> v = new HashMap<>();
        v.put("title", e.title());
        v.put("synopsis", e.synopsis());
        v.put("originalLanguage", e.originalLanguage());
        v.put("subtitleLanguage", e.subtitleLanguage());
        v.put("completedOn", e.completedOn() == null ? "" : e.completedOn().toString());
        v.put("screeningHistory", e.screeningHistory());
        v.put("footage", e.aiOrStockFootage() == null ? "" : e.aiOrStockFootage().name());
        v.put("footageDetails", e.aiOrStockDetails());
        Person p = status.entrant();
        v.put("givenName", p.givenName());
        v.put("familyName", p.familyName());
        v.put("email", p.email());
        v.put("dateOfBirth", String.valueOf(p.dateOfBirth()));
        v.put("country", p.countryCode());
        v.put("organisation", p.organisation());
        Person g = status.guardian();
        if (g != null) {
            v.put("guardianGivenName", g.givenName());
            v.put("guardianFamilyName", g.familyName());
            v.put("guardianEmail", g.email());
            v.put("guardianRelationship", g.relationship());
        }
        List<Person> team = status.team();
        for (int i = 0; i < team.size(); i++) {
            v.put(SubmissionForm.team(i, "givenName"), team.get(i).givenName());
            v.put(SubmissionForm.team(i, "familyName"), team.get(i).familyName());
            v.put(SubmissionForm.team(i, "role"), team.get(i).teamRole());
            v.put(SubmissionForm.team(i, "age"), String.valueOf(team.get(i).ageYears()));
        }
        v.put("teamSlots", Integer.toString(team.size()));
        v.values().removeIf(Objects::isNull);
        return new SubmissionForm(v);
    }

    /** Theme and prize codes, which the form uses, from the ids the entry stores. */
    static SubmissionForm withCodes(SubmissionForm form, Entry entry, List<Theme> themes, List<Prize> prizes) {
        Map<String, String> v = new HashMap<>(form.values());
        themes.stream().filter(t -> t.id().equals(entry.mainThemeId())).findFirst().ifPresent(t -> v.put("mainTheme", t.code()));
        themes.stream().filter(t -> t.id().equals(entry.secondaryThemeId())).findFirst().ifPresent(t -> v.put("secondaryTheme", t.code()));
        prizes.stream().filter(p -> p.id().equals(entry.specialRecognitionId())).findFirst().ifPresent(p -> v.put("specialRecognition", p.code()));
        return new SubmissionForm(v);
    }
}
