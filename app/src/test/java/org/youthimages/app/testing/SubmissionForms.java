package org.youthimages.app.testing;

import org.youthimages.storage.edition.Edition;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** A complete, valid submission form for the sample editions, to be changed field by field by each test. */
public final class SubmissionForms {

    private SubmissionForms() {
    }

    /** Sends the form to the edition as a browser in {@code language} does; returns the new entry's private token. */
    public static String submit(WebClient web, Edition edition, Map<String, String> form, String language)
            throws Exception {
        HttpResponse<String> response = web.post("/editions/" + edition.slug() + "/submit", language, form);
        org.assertj.core.api.Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.substring("/entries/".length(), location.indexOf('?'));
    }

    public static Map<String, String> valid() {
        Map<String, String> form = new HashMap<>();
        form.put("title", "The Long Road");
        form.put("synopsis", "Two sisters cross three borders and find a new home in a small town.");
        form.put("originalLanguage", "ar");
        form.put("subtitleLanguage", "en");
        form.put("completedOn", "2026-04-30");
        form.put("mainTheme", "MIGRATION");
        form.put("secondaryTheme", "");
        form.put("specialRecognition", "");
        form.put("screeningHistory", "");
        form.put("footage", "NONE");
        form.put("footageDetails", "");
        form.put("givenName", "Layla");
        form.put("familyName", "Haddad");
        form.put("email", "layla-" + UUID.randomUUID() + "@example.org");
        form.put("dateOfBirth", "2004-02-10");
        form.put("country", "JO");
        form.put("organisation", "");
        form.put("teamSlots", "0");
        for (String d : new String[] {"OWN_WORK", "APPEARANCE_RELEASE", "MUSIC_AND_FOOTAGE_LICENSED",
                "SCREENING_AND_PUBLICATION", "PRIVACY_NOTICE"}) {
            form.put("decl." + d, "yes");
        }
        return form;
    }

    /**
     * Adds team member {@code index} (from 0) as the form's rows name it, and draws enough rows for it; values are
     * sent as given, so a test may put an invalid age or an empty role.
     */
    public static void addTeamMember(Map<String, String> form, int index, String givenName, String familyName,
                                     String role, String age) {
        int rows = Integer.parseInt(form.getOrDefault("teamSlots", "0"));
        form.put("teamSlots", String.valueOf(Math.max(index + 1, rows)));
        form.put("team" + index + ".givenName", givenName);
        form.put("team" + index + ".familyName", familyName);
        form.put("team" + index + ".role", role);
        form.put("team" + index + ".age", age);
    }

    /** The same form for an entrant who is 15 today, with a parent. */
    public static Map<String, String> minor() {
        Map<String, String> form = valid();
        form.put("dateOfBirth", LocalDate.now().minusYears(15).minusDays(3).toString());
        form.put("guardianGivenName", "Samir");
        form.put("guardianFamilyName", "Haddad");
        form.put("guardianEmail", "samir-" + UUID.randomUUID() + "@example.org");
        form.put("guardianRelationship", "PARENT");
        return form;
    }
}
