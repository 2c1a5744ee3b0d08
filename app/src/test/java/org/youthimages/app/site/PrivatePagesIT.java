package org.youthimages.app.site;

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
import org.youthimages.storage.mail.OutboundEmailRepository;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages showing an entrant's personal data are neither kept by browsers and proxies nor listed by search engines. */
@MicronautTest(transactional = false)
class PrivatePagesIT {

    @Inject EmbeddedServer server;
    @Inject SampleEntrants samples;
    @Inject OutboundEmailRepository emails;

    private WebClient web;
    private Edition edition;

    @BeforeEach
    void anOpenEdition() {
        web = new WebClient(server.getURI());
        edition = samples.openEdition();
    }

    @Test
    void theStatusPageItsFeedsAndTheGuardiansPageAreNeitherStoredNorIndexed() throws Exception {
        Map<String, String> form = SubmissionForms.minor();
        String token = SubmissionForms.submit(web, edition, form, "en");
        String guardianLink = EmailLinks.path(emails.findByRecipientAndKindOrderById(form.get("guardianEmail"),
                "GUARDIAN_CONSENT").getFirst(), "/guardian/");

        for (String path : new String[] {"/entries/" + token, "/entries/" + token + "/progress.json",
                "/entries/" + token + "/edit", guardianLink}) {
            HttpResponse<String> page = web.get(path, "ar");
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().allValues("Cache-Control")).as(path).containsExactly("no-store");
            assertThat(page.headers().firstValue("X-Robots-Tag")).as(path).hasValue("noindex, nofollow");
        }
        assertThat(web.get("/entries/" + token + "/edit", "ar").body()).as("what such a page shows")
                .contains(form.get("email"), form.get("dateOfBirth"));
    }

    @Test
    void theFormSentBackWithItsErrorsIsNotStoredEither() throws Exception {
        Map<String, String> form = SubmissionForms.valid();
        form.put("dateOfBirth", "not a date");

        HttpResponse<String> answer = web.post("/editions/" + edition.slug() + "/submit", "en", form);

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains(form.get("email"));
        assertThat(answer.headers().allValues("Cache-Control")).containsExactly("no-store");
    }

    @Test
    void publicPagesAndTheEmptyFormStayCacheableAndIndexable() throws Exception {
        for (String path : new String[] {"/", "/editions/" + edition.slug(), "/editions/" + edition.slug() + "/submit",
                "/privacy"}) {
            HttpResponse<String> page = web.get(path, "en");
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().allValues("Cache-Control")).as(path).doesNotContain("no-store");
            assertThat(page.headers().firstValue("X-Robots-Tag")).as(path).isEmpty();
        }
    }

    @Test
    void robotsTxtKeepsCrawlersAwayFromPrivateLinksAndUploadsOnly() throws Exception {
        HttpResponse<String> robots = web.get("/robots.txt", "en", "text/plain");

        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/plain"));
        assertThat(robots.body().lines().filter(line -> line.startsWith("Disallow:")))
                .containsExactly("Disallow: /entries/", "Disallow: /guardian/", "Disallow: /uploads");
        assertThat(robots.body()).startsWith("User-agent: *");
    }
}
