package org.youthimages.app.testing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** A complete, valid submission form for the sample editions, to be changed field by field by each test. */
public final class SubmissionForms {

    private SubmissionForms() {
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
