package org.youthimages.app.status;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.youthimages.app.testing.EmailLinks;
import org.youthimages.app.testing.MediaStates;
import org.youthimages.app.testing.SampleEntrants;
import org.youthimages.app.testing.StatusEmails;
import org.youthimages.app.testing.SubmissionForms;
import org.youthimages.app.testing.WebClient;
import org.youthimages.app.upload.TusClient;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.EntryRepository;
import org.youthimages.storage.entry.MediaAsset;
import org.youthimages.storage.entry.MediaAssetRepository;
import org.youthimages.storage.entry.Person;
import org.youthimages.storage.entry.PersonRepository;
import org.youthimages.storage.mail.OutboundEmailRepository;
import org.youthimages.storage.objects.ObjectStore;
import org.youthimages.storage.publication.Publishing;
import org.youthimages.storage.results.Award;
import org.youthimages.storage.results.AwardDecisions;
import org.youthimages.storage.submission.EntryRegistration;
import org.youthimages.storage.submission.SecretTokens;
import org.youthimages.storage.submission.SubmissionQueries;
import org.youthimages.storage.testing.JudgingScenario;
import org.youthimages.storage.testing.SampleWinners;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The entrant withdraws an entry from its private page, through the public site as a browser uses it. */
@MicronautTest(transactional = false)
class WithdrawalIT {

    @Inject ApplicationContext context;
    @Inject EmbeddedServer server;
    @Inject SampleEntrants samples;
    @Inject MediaStates media;
    @Inject MediaAssetRepository assets;
    @Inject ObjectStore objects;
    @Inject EntryRepository entries;
    @Inject StatusNotifier notifier;
    @Inject OutboundEmailRepository emails;
    @Inject AwardDecisions awards;
    @Inject Publishing publishing;
    @Inject SubmissionQueries queries;
    @Inject PersonRepository people;

    @Test
    void anEntrantWithdrawsAReadyFilmInArabicItsFilesGoAndTheyAreEmailed() throws Exception {
        WebClient web = new WebClient(server.getURI());
        EntryRegistration.Registered registered = samples.entryIn(samples.openEdition());
        Entry entry = registered.entry();
        media.processing(entry, media.received(entry), 100);
        media.ready(entry, "mp4 bytes".getBytes(), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
        List<String> files = assets.findByEntryId(entry.id()).stream().map(MediaAsset::objectKey).toList();
        String page = "/entries/" + registered.statusToken();

        assertThat(web.get(page, "ar").body()).contains("id=\"withdraw\"", "سحب هذه المشاركة",
                "href=\"" + page + "/withdraw\"");
        String confirm = web.get(page + "/withdraw", "ar").body();
        assertThat(confirm).contains("dir=\"rtl\"", "هل تريد سحب «\u2068Crossing\u2069»؟", "لن يراه أعضاء لجنة التحكيم",
                "<textarea id=\"reason\" name=\"reason\"", "اسحب مشاركتي", "أبقِ مشاركتي");

        HttpResponse<String> withdrawn = web.post(page + "/withdraw", "ar",
                Map.of("reason", "صديقي لم يعد موافقًا"));

        assertThat(withdrawn.statusCode()).isEqualTo(303);
        assertThat(withdrawn.headers().firstValue("Location")).hasValue(page);
        String after = web.get(page, "ar").body();
        assertThat(after).contains("id=\"withdrawn\"", "سحبتَ هذه المشاركة في", "سحبتَ هذه المشاركة<")
                .doesNotContain("<video", "id=\"upload\"", "id=\"withdraw\"", "Your film is ready");
        Entry stored = entries.findById(entry.id()).orElseThrow();
        assertThat(stored.eligibility()).isEqualTo(Entry.Eligibility.WITHDRAWN);
        assertThat(stored.eligibilityReason()).isEqualTo("صديقي لم يعد موافقًا");
        assertThat(assets.findByEntryId(entry.id())).isEmpty();
        assertThat(files).isNotEmpty().allSatisfy(key -> assertThat(objects.stat(key)).as(key).isEmpty());
        assertThat(new TusClient(server.getURL().toString()).create(1000, registered.statusToken()).statusCode())
                .as("a withdrawn entry takes no new film").isEqualTo(403);
        assertThat(web.get(page + "/edit", "ar").statusCode()).isEqualTo(303);

        StatusEmails.sendAllDue(notifier);
        assertThat(emails.findByRecipientAndKindOrderById(registered.entrant().email(), "STATUS_WITHDRAWN"))
                .singleElement().satisfies(email -> {
                    assertThat(email.subject()).isEqualTo("Your entry " + entry.reference() + " is withdrawn");
                    assertThat(email.bodyText()).contains("\"Crossing\" is withdrawn from the contest");
                });
        assertThat(web.post(page + "/withdraw", "ar", Map.of()).statusCode())
                .as("withdrawing twice just shows the page again").isEqualTo(303);
    }

    @Test
    void aReasonWithAPastedControlCharacterIsKeptWithoutIt() throws Exception {
        WebClient web = new WebClient(server.getURI());
        String token = SubmissionForms.submit(web, samples.openEdition(), SubmissionForms.valid(), "en");

        HttpResponse<String> withdrawn = web.post("/entries/" + token + "/withdraw", "en",
                Map.of("reason", "Changed\u0000 my mind.\r\nSorry. "));

        assertThat(withdrawn.statusCode()).isEqualTo(303);
        Entry stored = entries.findByStatusTokenHash(SecretTokens.hash(token)).orElseThrow();
        assertThat(stored.eligibility()).isEqualTo(Entry.Eligibility.WITHDRAWN);
        assertThat(stored.eligibilityReason()).isEqualTo("Changed my mind.\nSorry.");
    }

    @Test
    void aGuardianWhoOpensTheirLinkAfterTheWithdrawalIsToldThereIsNothingToConfirm() throws Exception {
        WebClient web = new WebClient(server.getURI());
        Edition edition = samples.openEdition();
        Map<String, String> minor = SubmissionForms.minor();
        String token = SubmissionForms.submit(web, edition, minor, "en");
        String guardianLink = EmailLinks.path(emails.findByRecipientAndKindOrderById(minor.get("guardianEmail"),
                "GUARDIAN_CONSENT").getFirst(), "/guardian/");

        web.post("/entries/" + token + "/withdraw", "en", Map.of("reason", ""));

        assertThat(web.get(guardianLink, "fr").body()).contains("Layla a retiré ce film du concours")
                .doesNotContain("<form");
        web.post(guardianLink, "en", Map.of());
        Entry entry = entries.findByStatusTokenHash(SecretTokens.hash(token)).orElseThrow();
        assertThat(people.findByEntryIdAndRole(entry.id(), Person.Role.GUARDIAN).orElseThrow().confirmedAt())
                .as("no consent is recorded for a withdrawn film").isNull();
        assertThat(emails.findByRecipientAndKindOrderById(minor.get("email"), "GUARDIAN_CONFIRMED")).isEmpty();
    }

    @Test
    void onceTheWinnersArePublishedTheEntrantIsToldToWriteToTheOrganisersAndNothingChanges() throws Exception {
        WebClient web = new WebClient(server.getURI());
        JudgingScenario scenario = JudgingScenario.create(context);
        Entry winner = scenario.film("Home is where the heart is");
        new SampleWinners(context).showable(winner);
        awards.decide(scenario.organiser(), winner.id(), Award.Kind.CATEGORY_DISTINCTION, null, "Brave");
        String token = SecretTokens.newToken();
        queries.replaceStatusToken(winner.id(), SecretTokens.hash(token));
        String page = "/entries/" + token;
        assertThat(web.get(page, "fr").body()).contains("Retirer cette participation");

        publishing.publish(scenario.organiser(), scenario.edition().id());

        assertThat(web.get(page, "fr").body()).doesNotContain("id=\"withdraw\"");
        assertThat(web.get(page + "/withdraw", "fr").body()).contains("id=\"withdraw-refused\"",
                "Les lauréats de cette édition sont publiés").doesNotContain("<textarea");
        HttpResponse<String> refused = web.post(page + "/withdraw", "en", Map.of("reason", "Changed my mind"));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("The winners of this edition are published");
        assertThat(entries.findById(winner.id()).orElseThrow().eligibility()).isEqualTo(Entry.Eligibility.ELIGIBLE);
        assertThat(assets.findByEntryId(winner.id())).isNotEmpty();
    }
}
