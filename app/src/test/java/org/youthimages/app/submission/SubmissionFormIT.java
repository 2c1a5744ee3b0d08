package org.youthimages.app.submission;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.youthimages.app.testing.SampleEntrants;
import org.youthimages.app.testing.SubmissionForms;
import org.youthimages.app.testing.WebClient;
import org.youthimages.storage.edition.AgeCategoryRepository;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.entry.Consent;
import org.youthimages.storage.entry.ConsentRepository;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.EntryRepository;
import org.youthimages.storage.entry.Person;
import org.youthimages.storage.entry.PersonRepository;
import org.youthimages.storage.mail.OutboundEmailRepository;
import org.youthimages.storage.submission.SecretTokens;
import org.youthimages.storage.submission.SubmissionQueries;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The submission form through HTTP, as a browser without JavaScript sends it; the server is the authority. */
@MicronautTest(transactional = false)
class SubmissionFormIT {

    @Inject EmbeddedServer server;
    @Inject SampleEntrants samples;
    @Inject EntryRepository entries;
    @Inject PersonRepository people;
    @Inject ConsentRepository consents;
    @Inject SubmissionQueries queries;
    @Inject AgeCategoryRepository categories;
    @Inject OutboundEmailRepository emails;

    private WebClient web;
    private Edition edition;
    private String path;

    @BeforeEach
    void anOpenEdition() {
        web = new WebClient(server.getURI());
        edition = samples.openEdition();
        path = "/editions/" + edition.slug() + "/submit";
    }

    @Test
    void aValidFormStoresTheEntryItsPeopleAndEachDeclarationWithItsExactText() throws Exception {
        Map<String, String> form = SubmissionForms.valid();

        HttpResponse<String> response = web.post(path, "en", form);

        assertThat(response.statusCode()).isEqualTo(303);
        String location = response.headers().firstValue("Location").orElseThrow();
        String token = location.substring("/entries/".length(), location.indexOf('?'));
        Entry entry = entries.findByStatusTokenHash(SecretTokens.hash(token)).orElseThrow();
        assertThat(entry.reference()).matches("YI-2027-[0-9A-Z]{5}");
        assertThat(entry.status()).isEqualTo(Entry.Status.AWAITING_UPLOAD);
        assertThat(categories.findById(entry.ageCategoryId()).orElseThrow().code()).isEqualTo("AGE_18_25");
        assertThat(people.findByEntryIdAndRole(entry.id(), Person.Role.ENTRANT).orElseThrow().email())
                .isEqualTo(form.get("email"));
        assertThat(consents.findByEntryId(entry.id())).hasSize(5).allSatisfy(c -> {
            assertThat(c.textVersion()).isEqualTo(Declarations.VERSION + "/en");
            assertThat(c.givenAt()).isNotNull();
            assertThat(queries.consentText(c.id())).isNotBlank();
        });
        Consent ownWork = consents.findByEntryId(entry.id()).stream()
                .filter(c -> c.kind() == Consent.Kind.OWN_WORK).findFirst().orElseThrow();
        assertThat(queries.consentText(ownWork.id())).startsWith("The film is our own work");
        assertThat(emails.findByRecipientAndKindOrderById(form.get("email"), "ENTRY_STARTED")).singleElement()
                .satisfies(e -> assertThat(e.bodyText()).contains(entry.reference(), "/entries/" + token));
    }

    @Test
    void controlCharactersAndLineBreaksPastedIntoTheFormAreCleanedInsteadOfRefusingTheEntry() throws Exception {
        Map<String, String> form = SubmissionForms.valid();
        form.put("title", "The Long\u0000 Road\r\nBcc: someone@example.org");
        form.put("synopsis", "Two cousins\u0007 write letters.\r\n\r\nThen they meet.");
        form.put("givenName", "Ine\u0301s\t");

        String token = SubmissionForms.submit(web, edition, form, "en");

        Entry entry = entries.findByStatusTokenHash(SecretTokens.hash(token)).orElseThrow();
        assertThat(entry.title()).isEqualTo("The Long Road Bcc: someone@example.org");
        assertThat(entry.synopsis()).isEqualTo("Two cousins write letters.\n\nThen they meet.");
        assertThat(people.findByEntryIdAndRole(entry.id(), Person.Role.ENTRANT).orElseThrow().givenName())
                .isEqualTo("Inés");
        assertThat(emails.findByRecipientAndKindOrderById(form.get("email"), "ENTRY_STARTED")).singleElement()
                .satisfies(e -> assertThat(e.subject()).isEqualTo(
                        "Your entry " + entry.reference() + ": The Long Road Bcc: someone@example.org"));
    }

    @Test
    void aFieldHoldingOnlyAControlCharacterIsAnEmptyField() throws Exception {
        Map<String, String> form = SubmissionForms.valid();
        form.put("title", "\u0000");

        HttpResponse<String> response = web.post(path, "ar", form);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("id=\"title-error\"", "يُرجى ملء هذا الحقل.").doesNotContain("\u0000");
    }

    @Test
    void showsEachErrorBesideItsFieldAndInASummaryInEnglish() throws Exception {
        Map<String, String> form = SubmissionForms.valid();
        form.put("title", "");
        form.put("synopsis", "word ".repeat(101));
        form.put("email", "not-an-address");
        form.put("footage", "");
        form.remove("decl.OWN_WORK");

        HttpResponse<String> response = web.post(path, "en", form);

        assertThat(response.statusCode()).isEqualTo(422);
        String page = response.body();
        assertThat(page).contains("class=\"error-summary\"", "role=\"alert\"", "Please fix 5 problems")
                .contains("href=\"#title\"", "href=\"#synopsis\"", "href=\"#email\"", "href=\"#footage\"",
                        "href=\"#decl.OWN_WORK\"")
                .contains("id=\"title-error\"", "Please fill this in.")
                .contains("The synopsis may have at most 100 words; it has 101.")
                .contains("aria-invalid=\"true\"", "aria-describedby=\"email-hint email-error\"");
        assertThat(page).contains("value=\"Layla\"");
    }

    @Test
    void theSummaryListsTheProblemsInTheOrderOfTheFields() throws Exception {
        Map<String, String> form = SubmissionForms.valid();
        form.put("email", "");
        form.put("dateOfBirth", "1960-01-01");
        form.put("country", "");

        String page = web.post(path, "zh", form).body();
        String summary = page.substring(page.indexOf("id=\"error-summary\""), page.indexOf("</ul>", page.indexOf("id=\"error-summary\"")));

        assertThat(summary.indexOf("href=\"#email\"")).isNotNegative()
                .isLessThan(summary.indexOf("href=\"#dateOfBirth\""));
        assertThat(summary.indexOf("href=\"#dateOfBirth\"")).isLessThan(summary.indexOf("href=\"#country\""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|Title: Please fill this in.|Parent or guardian, Email: Please fill this in."
                    + "|Team member 1, Age: Please enter a number."
                    + "|AI or stock footage: Please say whether your film uses AI-generated or stock material."
                    + "|Declarations, Privacy notice: Please tick this to enter your film.",
            "fr|Titre\u00a0: Merci de remplir ce champ.|Parent ou tuteur, E-mail\u00a0: Merci de remplir ce champ."
                    + "|Membre de l’équipe 1, Âge\u00a0: Merci de saisir un nombre."
                    + "|Éléments générés par IA ou d’archives\u00a0: Merci d’indiquer si votre film utilise des éléments générés par IA ou d’archives."
                    + "|Déclarations, Politique de confidentialité\u00a0: Merci de cocher cette case pour présenter votre film."})
    void theErrorSummaryNamesTheFieldOfEachProblem(String lang, String title, String guardianEmail, String teamAge,
                                                   String footage, String privacy) throws Exception {
        Map<String, String> form = SubmissionForms.minor();
        form.put("title", "");
        form.remove("guardianEmail");
        SubmissionForms.addTeamMember(form, 0, "Omar", "", "Sound", "eight");
        form.put("footage", "");
        form.remove("decl.PRIVACY_NOTICE");

        String summary = web.post(path, lang, form).body().replace("&#39;", "'").replace("&#x2019;", "’");
        int start = summary.indexOf("id=\"error-summary\"");
        summary = summary.substring(start, summary.indexOf("</ul>", start));

        assertThat(summary).contains(">" + title + "</a>", ">" + guardianEmail + "</a>", ">" + teamAge + "</a>",
                ">" + footage + "</a>", ">" + privacy + "</a>");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|Submit your film to %s (1 problem to fix)|Please fix this problem",
            "ar|أرسل فيلمك إلى \u2068%s\u2069 (مشكلة واحدة تحتاج إلى تصحيح)|يُرجى تصحيح هذه المشكلة",
            "ru|Отправить фильм на %s (нужно исправить 1 ошибку)|Исправьте 1 ошибку"})
    void aSingleProblemIsCountedInTheSingular(String lang, String title, String heading) throws Exception {
        Map<String, String> form = SubmissionForms.valid();
        form.put("title", "");

        String page = web.post(path, lang, form).body();

        assertThat(page).contains("<title>" + title.formatted(edition.name()) + "</title>", "<h2>" + heading + "</h2>");
    }

    @ParameterizedTest
    @CsvSource({"en, Please fill this in., Please choose one of the options., This date cannot be in the future.",
            "ar, يُرجى ملء هذا الحقل., يُرجى اختيار أحد الخيارات., لا يمكن أن يكون هذا التاريخ في المستقبل."})
    void reportsEveryBrokenRuleAtOnceInTheReadersLanguage(String lang, String required, String choose, String future)
            throws Exception {
        Map<String, String> form = SubmissionForms.valid();
        form.put("title", "");
        form.put("synopsis", "word ".repeat(120));
        form.put("originalLanguage", "xx");
        form.put("completedOn", LocalDate.now().plusYears(1).toString());
        form.put("mainTheme", "");
        form.put("specialRecognition", "NOT_A_PRIZE");
        form.put("footage", "AI_GENERATED");
        form.put("footageDetails", "");
        form.put("givenName", "");
        form.put("email", "nobody");
        form.put("dateOfBirth", "1980-01-01");
        form.put("country", "XX");
        SubmissionForms.addTeamMember(form, 0, "Omar", "", "", "eight");
        form.remove("decl.PRIVACY_NOTICE");

        String page = web.post(path, lang, form).body();

        for (String field : new String[] {"title", "synopsis", "originalLanguage", "completedOn", "mainTheme",
                "specialRecognition", "footageDetails", "givenName", "email", "dateOfBirth", "country", "team0.role",
                "team0.age", "decl.PRIVACY_NOTICE"}) {
            assertThat(page).as(field).contains("href=\"#" + field + "\"", "id=\"" + field + "-error\"");
        }
        assertThat(page).contains("lang=\"" + lang + "\"", required, choose, future);
    }

    @Test
    void showsTheSameErrorsInArabicRightToLeft() throws Exception {
        Map<String, String> form = SubmissionForms.valid();
        form.put("title", "");
        form.put("completedOn", LocalDate.now().plusDays(10).toString());

        HttpResponse<String> response = web.post(path, "ar", form);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("lang=\"ar\"", "dir=\"rtl\"", "يُرجى ملء هذا الحقل.",
                "لا يمكن أن يكون هذا التاريخ في المستقبل.");
    }

    @Test
    void tellsAnEntrantOverTheAgeLimitBeforeAnyUploadInTheirLanguage() throws Exception {
        Map<String, String> form = SubmissionForms.valid();
        form.put("dateOfBirth", "1990-01-01");

        String english = web.post(path, "en", form).body();
        String french = web.post(path, "fr", form).body();

        assertThat(english).contains("You are 37 on June 30, 2027: this edition is for ages 9 to 25");
        assertThat(french).contains("Vous aurez 37 ans au 30 juin 2027\u00a0: cette édition est réservée aux 9-25 ans");
        assertThat(french).doesNotContain("upload-heading");
    }

    @Test
    void computesTheAgeCategoryFromTheDateOfBirthAtTheCutOff() throws Exception {
        Map<String, String> form = SubmissionForms.minor();
        form.put("dateOfBirth", "2014-07-01");

        HttpResponse<String> response = web.post(path, "en", form);

        Entry entry = entryBehind(response);
        assertThat(categories.findById(entry.ageCategoryId()).orElseThrow().code()).isEqualTo("UP_TO_12");
    }

    @Test
    void aMinorNeedsAGuardianWhoIsAskedByEmail() throws Exception {
        Map<String, String> missing = SubmissionForms.minor();
        missing.remove("guardianEmail");
        missing.remove("guardianRelationship");
        String page = web.post(path, "es", missing).body();
        assertThat(page).contains("href=\"#guardianEmail\"", "href=\"#guardianRelationship\"", "Rellena este campo.");

        Map<String, String> form = SubmissionForms.minor();
        Entry entry = entryBehind(web.post(path, "es", form));

        Person guardian = people.findByEntryIdAndRole(entry.id(), Person.Role.GUARDIAN).orElseThrow();
        assertThat(guardian.confirmedAt()).isNull();
        assertThat(guardian.confirmationTokenHash()).isNotNull();
        assertThat(emails.findByRecipientAndKindOrderById(form.get("guardianEmail"), "GUARDIAN_CONSENT")).singleElement()
                .satisfies(e -> {
                    assertThat(e.locale()).isEqualTo("es");
                    assertThat(e.bodyText()).contains("/guardian/", "Layla");
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"fr|Lire et confirmer\u00a0:", "zh|阅读并确认："})
    void theGuardiansEmailIntroducesItsLinkWithTheLanguagesOwnPunctuation(String lang, String lead) throws Exception {
        Map<String, String> form = SubmissionForms.minor();

        web.post(path, lang, form);

        assertThat(emails.findByRecipientAndKindOrderById(form.get("guardianEmail"), "GUARDIAN_CONSENT"))
                .singleElement().satisfies(e -> assertThat(e.bodyText()).contains(lead + "\nhttp"));
    }

    @Test
    void theGuardianIsAddressedFormallyAndTheEntrantAsAYoungPerson() throws Exception {
        Map<String, String> form = SubmissionForms.minor();

        web.post(path, "zh", form);

        assertThat(emails.findByRecipientAndKindOrderById(form.get("guardianEmail"), "GUARDIAN_CONSENT"))
                .singleElement().satisfies(e -> {
                    assertThat(e.subject()).contains("您同意");
                    assertThat(e.bodyText()).contains("，您好：").doesNotContain("你");
                });
        assertThat(emails.findByRecipientAndKindOrderById(form.get("email"), "ENTRY_STARTED"))
                .singleElement().satisfies(e -> assertThat(e.bodyText()).contains("，你好："));
    }

    @Test
    void everyTeamMemberMustBeWithinTheAgeLimit() throws Exception {
        Map<String, String> form = SubmissionForms.valid();
        SubmissionForms.addTeamMember(form, 0, "Omar", "", "Camera", "19");
        SubmissionForms.addTeamMember(form, 1, "Grandpa", "", "Actor", "70");

        String page = web.post(path, "en", form).body();
        assertThat(page).contains("href=\"#team1.age\"", "Team members must be between 9 and 25 years old.")
                .doesNotContain("href=\"#team0.age\"");

        form.put("team1.age", "16");
        Entry entry = entryBehind(web.post(path, "en", form));
        assertThat(people.findByEntryId(entry.id())).filteredOn(p -> p.role() == Person.Role.TEAM_MEMBER)
                .extracting(Person::givenName, Person::ageYears).hasSize(2);
    }

    @Test
    void themesMustComeFromTheEditionAndDiffer() throws Exception {
        Map<String, String> form = SubmissionForms.valid();
        form.put("mainTheme", "NOT_A_THEME");
        form.put("secondaryTheme", "MIGRATION");
        String page = web.post(path, "en", form).body();
        assertThat(page).contains("href=\"#mainTheme\"");

        form.put("mainTheme", "MIGRATION");
        page = web.post(path, "en", form).body();
        assertThat(page).contains("The second theme must differ from the main theme.");
    }

    @Test
    void anEditionNotOpenYetSaysWhenItOpensAndRefusesEntries() throws Exception {
        samples.notOpenYet(edition);

        HttpResponse<String> form = web.get(path, "fr");
        HttpResponse<String> post = web.post(path, "en", SubmissionForms.valid());

        assertThat(form.statusCode()).isEqualTo(403);
        assertThat(form.body()).contains("Les inscriptions ouvrent le").doesNotContain("sont closes").doesNotContain("<form");
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(post.body()).contains("Submissions open on").doesNotContain("Submissions closed");
    }

    @Test
    void aClosedEditionSaysSoAndRefusesEntries() throws Exception {
        samples.close(edition);

        HttpResponse<String> form = web.get(path, "en");
        HttpResponse<String> post = web.post(path, "en", SubmissionForms.valid());

        assertThat(form.statusCode()).isEqualTo(403);
        assertThat(form.body()).contains("Submissions closed on").doesNotContain("<form");
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(web.get("/editions/" + edition.slug(), "ru").body()).contains("Приём заявок закрыт");
    }

    private Entry entryBehind(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
        String location = response.headers().firstValue("Location").orElseThrow();
        return entries.findByStatusTokenHash(SecretTokens.hash(
                location.substring("/entries/".length(), location.indexOf('?')))).orElseThrow();
    }
}
