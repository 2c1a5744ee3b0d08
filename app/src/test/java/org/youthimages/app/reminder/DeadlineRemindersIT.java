package org.youthimages.app.reminder;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthimages.app.testing.EmailLinks;
import org.youthimages.app.testing.MediaStates;
import org.youthimages.app.testing.SampleEntrants;
import org.youthimages.app.testing.SubmissionForms;
import org.youthimages.app.testing.WebClient;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.EntryRepository;
import org.youthimages.storage.mail.OutboundEmail;
import org.youthimages.storage.mail.OutboundEmailRepository;
import org.youthimages.storage.sql.Jdbc;
import org.youthimages.storage.submission.SecretTokens;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Entrants whose entry lacks its film or a guardian's consent are reminded before the deadline, once per deadline. */
@MicronautTest(transactional = false)
class DeadlineRemindersIT {

    @Inject EmbeddedServer server;
    @Inject SampleEntrants samples;
    @Inject MediaStates media;
    @Inject EntryRepository entries;
    @Inject OutboundEmailRepository emails;
    @Inject DeadlineReminders reminders;
    @Inject Jdbc jdbc;

    private WebClient web;
    private Edition edition;

    @BeforeEach
    void anOpenEdition() {
        web = new WebClient(server.getURI());
        edition = samples.openEdition();
    }

    @Test
    void remindsTheEntrantsWhoseFilmOrGuardiansConsentIsMissingAndSendsTheGuardianANewLink() throws Exception {
        Map<String, String> noFilm = SubmissionForms.valid();
        submit(noFilm, "fr", true);
        Map<String, String> minor = SubmissionForms.minor();
        media.received(submit(minor, "en", true));
        Map<String, String> complete = SubmissionForms.valid();
        media.received(submit(complete, "en", true));
        Map<String, String> justStarted = SubmissionForms.valid();
        submit(justStarted, "en", false);

        reminders.remind();
        assertThat(reminded(noFilm)).as("30 days before the deadline").isEmpty();

        samples.closingIn(edition, Duration.ofHours(48));
        reminders.remind();

        assertThat(reminded(noFilm)).singleElement().satisfies(email -> {
            assertThat(email.subject()).startsWith("Les inscriptions ferment bientôt\u00a0: votre participation YI-");
            assertThat(email.bodyText()).contains("n’a pas encore de film", "/entries/lost")
                    .doesNotContain("parent ou tuteur");
        });
        assertThat(reminded(minor)).singleElement().satisfies(email -> assertThat(email.bodyText())
                .contains("Your parent or guardian (" + minor.get("guardianEmail") + ") has not confirmed")
                .doesNotContain("has no film yet"));
        assertThat(reminded(complete)).isEmpty();
        assertThat(reminded(justStarted)).as("started less than a day ago").isEmpty();

        String oldLink = EmailLinks.path(emails.findByRecipientAndKindOrderById(minor.get("guardianEmail"),
                "GUARDIAN_CONSENT").getFirst(), "/guardian/");
        OutboundEmail again = emails.findByRecipientAndKindOrderById(minor.get("guardianEmail"), "GUARDIAN_REMINDER")
                .getFirst();
        assertThat(again.subject()).isEqualTo("Reminder: please confirm your consent for Layla’s film");
        String newLink = EmailLinks.path(again, "/guardian/");
        assertThat(web.get(oldLink, "en").statusCode()).isEqualTo(404);
        assertThat(web.get(newLink, "en").body()).contains("I confirm my consent");
        web.post(newLink, "en", Map.of());

        reminders.remind();
        assertThat(reminded(noFilm)).as("once per deadline").hasSize(1);

        samples.closingIn(edition, Duration.ofHours(60));
        reminders.remind();
        assertThat(reminded(noFilm)).as("the deadline was extended").hasSize(2);
        assertThat(reminded(minor)).as("the guardian has confirmed since").hasSize(1);
    }

    private List<OutboundEmail> reminded(Map<String, String> form) {
        return emails.findByRecipientAndKindOrderById(form.get("email"), "DEADLINE_REMINDER");
    }

    /** Submits the form; {@code aged} makes the entry two days old, as an entry left unfinished would be. */
    private Entry submit(Map<String, String> form, String language, boolean aged) throws Exception {
        String token = SubmissionForms.submit(web, edition, form, language);
        Entry entry = entries.findByStatusTokenHash(SecretTokens.hash(token)).orElseThrow();
        if (aged) {
            jdbc.update("update entry set created_at = now() - interval '2 days' where id = ?", entry.id());
        }
        return entry;
    }
}
