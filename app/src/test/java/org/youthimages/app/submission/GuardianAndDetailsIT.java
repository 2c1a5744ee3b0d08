package org.youthimages.app.submission;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthimages.app.testing.EmailLinks;
import org.youthimages.app.testing.SampleEntrants;
import org.youthimages.app.testing.SubmissionForms;
import org.youthimages.app.testing.WebClient;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.entry.Consent;
import org.youthimages.storage.entry.ConsentRepository;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.EntryRepository;
import org.youthimages.storage.entry.Person;
import org.youthimages.storage.entry.PersonRepository;
import org.youthimages.storage.mail.OutboundEmailRepository;
import org.youthimages.storage.sql.Jdbc;
import org.youthimages.storage.submission.SecretTokens;
import org.youthimages.storage.submission.SubmissionQueries;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What happens after the form: a guardian's consent, fixed details and a lost link, through the pages. */
@MicronautTest(transactional = false)
class GuardianAndDetailsIT {

    @Inject EmbeddedServer server;
    @Inject SampleEntrants samples;
    @Inject EntryRepository entries;
    @Inject PersonRepository people;
    @Inject ConsentRepository consents;
    @Inject SubmissionQueries queries;
    @Inject OutboundEmailRepository emails;
    @Inject Jdbc jdbc;

    private WebClient web;
    private Edition edition;

    @BeforeEach
    void anOpenEdition() {
        web = new WebClient(server.getURI());
        edition = samples.openEdition();
    }

    @Test
    void aGuardianConfirmsFromTheEmailedLinkAndOnlyByPressingTheButton() throws Exception {
        Map<String, String> form = SubmissionForms.minor();
        String statusToken = submit(form);
        Entry entry = entries.findByStatusTokenHash(SecretTokens.hash(statusToken)).orElseThrow();
        assertThat(web.get("/entries/" + statusToken, "en").body())
                .contains("Waiting for your parent or guardian to confirm", "the consent of your parent or guardian is missing");
        String link = EmailLinks.path(emails.findByRecipientAndKindOrderById(form.get("guardianEmail"), "GUARDIAN_CONSENT").getFirst(),
                "/guardian/");

        HttpResponse<String> opened = web.get(link, "en");
        assertThat(opened.body()).contains("Layla", "The Long Road", "I confirm my consent");
        assertThat(people.findByEntryIdAndRole(entry.id(), Person.Role.GUARDIAN).orElseThrow().confirmedAt()).isNull();

        HttpResponse<String> confirmed = web.post(link, "fr", Map.of());
        assertThat(confirmed.body()).contains("votre accord est enregistré");
        Person guardian = people.findByEntryIdAndRole(entry.id(), Person.Role.GUARDIAN).orElseThrow();
        assertThat(guardian.confirmedAt()).isNotNull();
        Consent consent = consents.findByEntryId(entry.id()).stream()
                .filter(c -> c.kind() == Consent.Kind.GUARDIAN_CONSENT).findFirst().orElseThrow();
        assertThat(consent.personId()).isEqualTo(guardian.id());
        assertThat(consent.textVersion()).isEqualTo(Declarations.VERSION + "/fr");
        assertThat(queries.consentText(consent.id())).startsWith("Je suis le parent ou le tuteur légal");
        assertThat(emails.findByRecipientAndKindOrderById(form.get("email"), "GUARDIAN_CONFIRMED")).hasSize(1);

        web.post(link, "fr", Map.of());
        assertThat(consents.findByEntryId(entry.id())).filteredOn(c -> c.kind() == Consent.Kind.GUARDIAN_CONSENT).hasSize(1);
        assertThat(web.get("/entries/" + statusToken, "en").body()).contains("Your parent or guardian gave their consent");
    }

    @Test
    void theEntrantSendsTheGuardiansEmailAgainWithANewLinkButNotWithinTenMinutesOfTheLast() throws Exception {
        Map<String, String> form = SubmissionForms.minor();
        String token = submit(form);
        String guardianEmail = form.get("guardianEmail");
        String firstLink = EmailLinks.path(emails.findByRecipientAndKindOrderById(guardianEmail, "GUARDIAN_CONSENT")
                .getFirst(), "/guardian/");
        assertThat(web.get("/entries/" + token, "en").body()).contains("Send the email again",
                "action=\"/entries/" + token + "/guardian-email#steps\"");

        HttpResponse<String> tooSoon = web.post("/entries/" + token + "/guardian-email", "es", Map.of());
        String wait = tooSoon.headers().firstValue("Location").orElseThrow();
        assertThat(wait).as("the first email has only just gone")
                .isEqualTo("/entries/" + token + "?guardian=wait&minutes=10#steps");
        assertThat(web.get(wait.replace("#steps", ""), "es").body())
                .contains("Podrás enviarlo de nuevo dentro de 10 minutos");

        jdbc.update("update outbound_email set created_at = created_at - interval '11 minutes' where recipient = ?",
                guardianEmail);
        HttpResponse<String> again = web.post("/entries/" + token + "/guardian-email", "en", Map.of());

        String back = again.headers().firstValue("Location").orElseThrow();
        assertThat(back).isEqualTo("/entries/" + token + "?guardian=sent#steps");
        assertThat(web.get(back.replace("#steps", ""), "en").body())
                .contains("We sent the email to " + guardianEmail + " again.");
        var sent = emails.findByRecipientAndKindOrderById(guardianEmail, "GUARDIAN_CONSENT");
        assertThat(sent).hasSize(2);
        String newLink = EmailLinks.path(sent.getLast(), "/guardian/");
        assertThat(newLink).isNotEqualTo(firstLink);
        assertThat(web.get(firstLink, "en").statusCode()).as("the earlier link").isEqualTo(404);
        assertThat(web.get(newLink, "en").body()).contains("I confirm my consent");
        assertThat(web.post("/entries/" + token + "/guardian-email", "en", Map.of()).headers().firstValue("Location"))
                .hasValue("/entries/" + token + "?guardian=wait&minutes=10#steps");
        assertThat(emails.findByRecipientAndKindOrderById(guardianEmail, "GUARDIAN_CONSENT")).hasSize(2);

        web.post(newLink, "en", Map.of());
        assertThat(web.get("/entries/" + token, "en").body()).as("nothing to send once they confirmed")
                .doesNotContain("Send the email again");
    }

    @Test
    void anAdultsEntryOffersNoGuardianEmail() throws Exception {
        String token = submit(SubmissionForms.valid());

        assertThat(web.get("/entries/" + token, "en").body()).doesNotContain("Send the email again");
        HttpResponse<String> posted = web.post("/entries/" + token + "/guardian-email", "en", Map.of());
        assertThat(posted.headers().firstValue("Location")).hasValue("/entries/" + token + "#steps");
    }

    @Test
    void theEntrantFixesTheirDetailsAndANewGuardianAddressIsAskedAgain() throws Exception {
        Map<String, String> form = SubmissionForms.minor();
        String token = submit(form);
        String editPage = web.get("/entries/" + token + "/edit", "en").body();
        assertThat(editPage).contains("value=\"The Long Road\"", "Fix your details").doesNotContain("decl.OWN_WORK")
                .containsPattern("<title>Fix your details for [^<]+</title>");
        assertThat(editPage).as("the film's theme is chosen again by its code")
                .containsPattern("<option value=\"MIGRATION\" selected=\"selected\">");

        form.put("title", "The Longer Road");
        form.put("guardianEmail", "new-guardian-" + System.nanoTime() + "@example.org");
        HttpResponse<String> saved = web.post("/entries/" + token + "/edit", "en", form);

        assertThat(saved.statusCode()).isEqualTo(303);
        String back = saved.headers().firstValue("Location").orElseThrow();
        assertThat(back).as("the page opens where the details are").endsWith("#details");
        assertThat(web.get(back.replace("#details", ""), "en").body()).contains("id=\"details\"",
                "<p class=\"notice\" id=\"details-saved\" role=\"status\">Your changes are saved.</p>");
        assertThat(web.get("/entries/" + token, "en").body()).doesNotContain("details-saved");
        Entry entry = entries.findByStatusTokenHash(SecretTokens.hash(token)).orElseThrow();
        assertThat(entry.title()).isEqualTo("The Longer Road");
        assertThat(emails.findByRecipientAndKindOrderById(form.get("guardianEmail"), "GUARDIAN_CONSENT")).hasSize(1);
        assertThat(people.findByEntryIdAndRole(entry.id(), Person.Role.GUARDIAN).orElseThrow().email())
                .isEqualTo(form.get("guardianEmail"));

        form.put("title", "");
        assertThat(web.post("/entries/" + token + "/edit", "en", form).body()).contains("href=\"#title\"")
                .containsPattern("<title>Fix your details for [^<]+ \\(1 problem to fix\\)</title>");
    }

    @Test
    void theStatusPageWritesEachNameInItsOwnOrderWithTheReadersPunctuation() throws Exception {
        Map<String, String> form = SubmissionForms.valid();
        form.put("givenName", "小雨");
        form.put("familyName", "王");
        form.put("country", "CN");
        SubmissionForms.addTeamMember(form, 0, "Layla", "Haddad", "摄影", "19");
        String token = SubmissionForms.submit(web, edition, form, "zh");

        assertThat(web.get("/entries/" + token, "zh").body()).contains("<dd>王小雨，中国</dd>",
                "<dd>Layla Haddad（摄影，19）</dd>");
        assertThat(web.get("/entries/" + token, "ar").body()).as("each name isolated in the Arabic sentence")
                .contains("<dd>\u2068王小雨\u2069، \u2068الصين\u2069</dd>");
    }

    @Test
    void aLostLinkIsReplacedOnlyWhenTheReferenceAndEmailMatch() throws Exception {
        Map<String, String> form = SubmissionForms.valid();
        String token = submit(form);
        Entry entry = entries.findByStatusTokenHash(SecretTokens.hash(token)).orElseThrow();

        String wrong = web.post("/entries/lost", "en", Map.of("reference", entry.reference(), "email", "x@example.org")).body();
        String right = web.post("/entries/lost", "en", Map.of("reference", entry.reference().toLowerCase(),
                "email", form.get("email").toUpperCase())).body();

        assertThat(wrong).contains("If the reference and email match an entry");
        assertThat(right).contains("If the reference and email match an entry");
        String newLink = EmailLinks.path(emails.findByRecipientAndKindOrderById(form.get("email"), "LINK_REISSUED").getFirst(), "/entries/");
        assertThat(web.get(newLink, "en").statusCode()).isEqualTo(200);
        assertThat(web.get("/entries/" + token, "en").statusCode()).isEqualTo(404);
    }

    @Test
    void anEmptyOrMistypedLostLinkRequestIsSentBackWithoutCountingAsATry() throws Exception {
        long triesBefore = lostLinkTries();
        HttpResponse<String> empty = web.post("/entries/lost", "zh", Map.of("reference", " ", "email", ""));

        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("id=\"reference-error\"", "id=\"email-error\"", "请填写此项。", "role=\"alert\"")
                .doesNotContain("新链接已发往");
        HttpResponse<String> mistyped = web.post("/entries/lost", "en", Map.of("reference", "YI-2027-7KQ4M",
                "email", "name.example.org"));
        assertThat(mistyped.statusCode()).isEqualTo(422);
        assertThat(empty.body()).as("the summary at the top links to each field")
                .contains("<a href=\"#reference\">编号：请填写此项。</a>", "<a href=\"#email\">电子邮件：请填写此项。</a>");
        assertThat(mistyped.body()).contains("Please enter an email address such as name@example.org.",
                "value=\"YI-2027-7KQ4M\"", "value=\"name.example.org\"");
        assertThat(lostLinkTries()).as("neither counted as a try").isEqualTo(triesBefore);
    }

    @Test
    void aLostLinkRequestWithAPastedControlCharacterStillFindsTheEntry() throws Exception {
        Map<String, String> form = SubmissionForms.valid();
        String token = submit(form);
        Entry entry = entries.findByStatusTokenHash(SecretTokens.hash(token)).orElseThrow();

        HttpResponse<String> response = web.post("/entries/lost", "en", Map.of(
                "reference", entry.reference() + "\u0000", "email", "\t" + form.get("email") + "\r\n"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(emails.findByRecipientAndKindOrderById(form.get("email"), "LINK_REISSUED")).hasSize(1);
    }

    private long lostLinkTries() {
        return jdbc.one("select coalesce(sum(hits), 0) as tries from rate_limit_window where bucket like 'lost-link:%'",
                rs -> rs.getLong("tries")).orElseThrow();
    }

    @Test
    void aReferenceCopiedFromAnArabicEmailFindsItsEntry() throws Exception {
        Map<String, String> form = SubmissionForms.valid();
        String token = submit(form);
        Entry entry = entries.findByStatusTokenHash(SecretTokens.hash(token)).orElseThrow();

        web.post("/entries/lost", "ar", Map.of("reference", " \u2068" + entry.reference() + "\u2069 ",
                "email", form.get("email")));

        assertThat(emails.findByRecipientAndKindOrderById(form.get("email"), "LINK_REISSUED")).hasSize(1);
    }

    @Test
    void subtitlesAreValidatedAndStoredAsWebVtt() throws Exception {
        String token = submit(SubmissionForms.valid());
        Entry entry = entries.findByStatusTokenHash(SecretTokens.hash(token)).orElseThrow();
        entries.updateStatus(entry.id(), Entry.Status.RECEIVED);

        HttpResponse<String> broken = web.postFile("/entries/" + token + "/subtitles", "en", "language", "fr",
                "film.srt", "1\n00:00:01,000 -> 00:00:02,000\nBonjour\n");
        assertThat(broken.statusCode()).isEqualTo(422);
        assertThat(broken.body()).as("a new try comes back to the subtitles, not to the top of the page")
                .contains("action=\"/entries/" + token + "/subtitles#subtitles\"");
        assertThat(broken.body()).contains("Line 2: this is not a valid subtitle timing")
                .contains("<option value=\"fr\" selected=\"selected\">French</option>")
                .doesNotContain("id=\"subtitles-on-file\"");

        HttpResponse<String> good = web.postFile("/entries/" + token + "/subtitles", "en", "language", "fr",
                "film.srt", "1\n00:00:01,000 --> 00:00:02,000\nBonjour\n");
        assertThat(good.statusCode()).isEqualTo(303);
        String added = good.headers().firstValue("Location").orElseThrow();
        assertThat(added).endsWith("#subtitles");
        assertThat(web.get(added.replace("#subtitles", ""), "en").body())
                .contains("Subtitles in French were added.", "Subtitles on file: French.");

        web.postFile("/entries/" + token + "/subtitles", "en", "language", "ar",
                "film.srt", "1\n00:00:01,000 --> 00:00:02,000\nمرحبا\n");
        assertThat(web.get("/entries/" + token, "en").body()).contains("Subtitles on file: Arabic and French.");
        assertThat(web.get("/entries/" + token, "fr").body()).contains("Sous-titres enregistrés\u00a0: arabe et français.");
    }

    private String submit(Map<String, String> form) throws Exception {
        return SubmissionForms.submit(web, edition, form, "en");
    }

}
