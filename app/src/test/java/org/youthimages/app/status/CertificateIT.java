package org.youthimages.app.status;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthimages.app.testing.WebClient;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.publication.Publishing;
import org.youthimages.storage.results.Award;
import org.youthimages.storage.results.AwardDecisions;
import org.youthimages.storage.screening.EligibilityDecisions;
import org.youthimages.storage.submission.SecretTokens;
import org.youthimages.storage.submission.SubmissionQueries;
import org.youthimages.storage.testing.JudgingScenario;
import org.youthimages.storage.testing.SampleWinners;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Entrants print a certificate once the results are published: of award for winners, of participation otherwise. */
@MicronautTest(transactional = false)
class CertificateIT {

    @Inject ApplicationContext context;
    @Inject EmbeddedServer server;
    @Inject AwardDecisions awards;
    @Inject Publishing publishing;
    @Inject EligibilityDecisions decisions;
    @Inject SubmissionQueries queries;

    private WebClient web;
    private JudgingScenario scenario;
    private String winner;
    private String other;
    private String ineligible;

    @BeforeEach
    void aWinnerAnotherFilmAndAnIneligibleOne() {
        web = new WebClient(server.getURI());
        scenario = JudgingScenario.create(context);
        Entry won = scenario.film("Home is where the heart is");
        new SampleWinners(context).showable(won);
        awards.decide(scenario.organiser(), won.id(), Award.Kind.CATEGORY_DISTINCTION, null, "Brave and tender");
        winner = tokenOf(won);
        other = tokenOf(scenario.film("Another story", "AGE_18_25", "PE"));
        Entry refused = scenario.film("Too late");
        decisions.decide(scenario.organiser(), List.of(refused.id()), Entry.Eligibility.INELIGIBLE, "Sent too late");
        ineligible = tokenOf(refused);
    }

    @Test
    void thereIsNoCertificateBeforeTheResultsArePublished() throws Exception {
        assertThat(web.get("/entries/" + winner, "en").body()).doesNotContain("id=\"certificate\"");
        HttpResponse<String> early = web.get("/entries/" + winner + "/certificate", "en");
        assertThat(early.statusCode()).isEqualTo(303);
        assertThat(early.headers().firstValue("Location")).hasValue("/entries/" + winner);
    }

    @Test
    void aWinnerPrintsACertificateOfAwardWithTheirTeamAndAwards() throws Exception {
        publishing.publish(scenario.organiser(), scenario.edition().id());

        assertThat(web.get("/entries/" + winner, "en").body()).contains("id=\"certificate\"",
                "href=\"/entries/" + winner + "/certificate\"", "Award: Distinction, 13 to 17");
        String page = web.get("/entries/" + winner + "/certificate", "en").body();

        assertThat(page).contains("Certificate of award", "Amani Wanjiru", "took part in " + scenario.edition().name(),
                "Home is where the heart is", "made with Baraka Otieno", "and won: Distinction, 13 to 17",
                "Results published on ", "/static/print.js");
        assertThat(page).as("the guardian is not on it").doesNotContain("Grace");
    }

    @Test
    void anotherEligibleFilmGetsACertificateOfParticipationInArabic() throws Exception {
        publishing.publish(scenario.organiser(), scenario.edition().id());

        String page = web.get("/entries/" + other + "/certificate?lang=ar", "en").body();

        assertThat(page).contains("dir=\"rtl\"", "شهادة مشاركة", "Amani Wanjiru", "Another story")
                .doesNotContain("وفاز بـ");
    }

    @Test
    void anIneligibleFilmHasNoCertificate() throws Exception {
        publishing.publish(scenario.organiser(), scenario.edition().id());

        assertThat(web.get("/entries/" + ineligible, "en").body()).doesNotContain("id=\"certificate\"");
        assertThat(web.get("/entries/" + ineligible + "/certificate", "en").statusCode()).isEqualTo(303);
    }

    private String tokenOf(Entry entry) {
        String token = SecretTokens.newToken();
        queries.replaceStatusToken(entry.id(), SecretTokens.hash(token));
        return token;
    }
}
