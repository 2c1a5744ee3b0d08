package org.youthimages.app.gallery;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthimages.app.status.StatusNotifier;
import org.youthimages.app.testing.StatusEmails;
import org.youthimages.app.testing.WebClient;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.EntryRepository;
import org.youthimages.storage.entry.MediaAsset;
import org.youthimages.storage.entry.MediaAssetRepository;
import org.youthimages.storage.entry.Person;
import org.youthimages.storage.entry.PersonRepository;
import org.youthimages.storage.mail.OutboundEmail;
import org.youthimages.storage.mail.OutboundEmailRepository;
import org.youthimages.storage.publication.Publishing;
import org.youthimages.storage.results.Award;
import org.youthimages.storage.results.AwardDecisions;
import org.youthimages.storage.screening.EligibilityDecisions;
import org.youthimages.storage.submission.SecretTokens;
import org.youthimages.storage.submission.SubmissionQueries;
import org.youthimages.storage.testing.JudgingScenario;
import org.youthimages.storage.testing.SampleWinners;
import org.youthimages.storage.translation.EditionTranslations;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The public gallery of published winners, its feed and media, the entrants' emails, and taking it down. */
@MicronautTest(transactional = false)
class GalleryIT {

    @Inject ApplicationContext context;
    @Inject EmbeddedServer server;
    @Inject AwardDecisions awards;
    @Inject Publishing publishing;
    @Inject WinnersNotifier winnersNotifier;
    @Inject StatusNotifier statusNotifier;
    @Inject EligibilityDecisions decisions;
    @Inject EntryRepository entries;
    @Inject PersonRepository people;
    @Inject MediaAssetRepository assets;
    @Inject OutboundEmailRepository emails;
    @Inject EditionTranslations translations;
    @Inject SubmissionQueries queries;

    private WebClient web;
    private JudgingScenario scenario;
    private Entry winner;
    private Entry other;
    private String slug;

    @BeforeEach
    void aWinnerAndAnotherEntry() {
        web = new WebClient(server.getURI());
        scenario = JudgingScenario.create(context);
        slug = scenario.edition().slug();
        winner = scenario.film("Home is where the heart is");
        other = scenario.film("Another story", "AGE_18_25", "PE");
        new SampleWinners(context).showable(winner);
        awards.decide(scenario.organiser(), winner.id(), Award.Kind.CATEGORY_DISTINCTION, null, "Brave and tender");
    }

    @Test
    void nothingIsPublicBeforeTheWinnersArePublished() throws Exception {
        assertThat(web.get("/winners/" + slug, "en").statusCode()).isEqualTo(404);
        assertThat(web.get("/winners/" + slug + "/feed.json", "en").statusCode()).isEqualTo(404);
        assertThat(web.get("/", "en").body()).doesNotContain("/winners/" + slug);
    }

    @Test
    void theWinnersAddressOfAPublicEditionSaysTheyAreNotPublishedYetInTheReadersLanguage() throws Exception {
        var english = web.get("/winners/" + slug, "en");
        var russian = web.get("/winners/" + slug, "ru");

        assertThat(english.body()).contains("The winners of " + scenario.edition().name()
                + " have not been published yet").contains("href=\"/editions/" + slug + "\"")
                .doesNotContain(winner.title());
        assertThat(russian.body()).contains("Победители конкурса " + scenario.edition().name() + " ещё не объявлены");
        assertThat(web.get("/winners/no-such-edition", "en").body()).contains("This link leads nowhere")
                .doesNotContain("have not been published");
    }

    @Test
    void showsEachWinnerWithItsAwardCountryFirstNameAndPlayerAndOpenGraphTags() throws Exception {
        publishing.publish(scenario.organiser(), scenario.edition().id());

        HttpResponse<String> page = web.get("/winners/" + slug, "en");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Home is where the heart is", "Distinction, 13 to 17", "By Amani, Kenya",
                "Category: 13 to 17", "A synopsis of Home is where the heart is.", "<video",
                "/winners/" + slug + "/media/", "property=\"og:title\"", "property=\"og:image\" content=\"http",
                "twitter:card");
        assertThat(page.body()).doesNotContain("Wanjiru", "Nairobi Hill School", "2011", "Grace", "Another story");
        assertThat(web.get("/", "en").body()).contains("/winners/" + slug, "The winners of " + scenario.edition().name());
    }

    @Test
    void speaksTheReadersLanguageRightToLeftInArabic() throws Exception {
        publishing.publish(scenario.organiser(), scenario.edition().id());

        HttpResponse<String> page = web.get("/winners/" + slug + "?lang=ar", "en");

        assertThat(page.body()).contains("dir=\"rtl\"", "lang=\"ar\"", "كينيا", "الفائزون");
        assertThat(page.body()).as("the entrant's own words keep their direction inside the right-to-left page")
                .contains("dir=\"auto\">Home is where the heart is<");
    }

    @Test
    void namesEachSubtitleTrackInTheReadersLanguageAndTurnsOnTheReadersOwn() throws Exception {
        for (String language : new String[] {"en", "ar"}) {
            assets.save(new MediaAsset(null, winner.id(), MediaAsset.Kind.SUBTITLE, language,
                    "test/" + winner.id() + "/" + language + ".vtt", "text/vtt", 20, null, null, null, null, null,
                    null, null));
        }
        publishing.publish(scenario.organiser(), scenario.edition().id());

        String english = web.get("/winners/" + slug, "en").body();
        String arabic = web.get("/winners/" + slug + "?lang=ar", "en").body();

        assertThat(english).containsPattern("srclang=\"en\"\\s+label=\"English\" default=\"default\"")
                .containsPattern("srclang=\"ar\"\\s+label=\"Arabic\">");
        assertThat(arabic).containsPattern("srclang=\"ar\"\\s+label=\"العربية\" default=\"default\"")
                .containsPattern("srclang=\"en\"\\s+label=\"الإنجليزية\">");
    }

    @Test
    void namesTheEditionItsCategoriesAndAwardsInTheReadersLanguageWhereTheOrganisersTranslatedThem() throws Exception {
        long edition = scenario.edition().id();
        translations.save(scenario.organiser(), edition, "fr", Map.of("edition.name", "Images de la jeunesse",
                "category.AGE_13_17", "Les 13 à 17 ans"));
        translations.save(scenario.organiser(), edition, "en", Map.of("category.AGE_13_17", "Teenagers, 13 to 17"));
        publishing.publish(scenario.organiser(), edition);

        String french = web.get("/winners/" + slug + "?lang=fr", "en").body();
        String spanish = web.get("/winners/" + slug + "?lang=es", "en").body();

        assertThat(french).contains("Images de la jeunesse", "Les 13 à 17 ans");
        assertThat(spanish).contains(scenario.edition().name(), "13 to 17").doesNotContain("Les 13 à 17 ans");
        assertThat(web.get("/winners/" + slug + "/feed.json?lang=fr", "en").body())
                .contains("\"edition\":\"Images de la jeunesse\"", "Les 13 à 17 ans");
        assertThat(web.get("/?lang=fr", "en").body()).contains("Images de la jeunesse");
        winnersNotifier.announce();
        assertThat(emails.findByRecipientAndKindOrderById(email(winner), "AWARD_WON").getFirst().bodyText())
                .as("the winner entered in English").contains("Teenagers, 13 to 17").doesNotContain("Les 13 à 17 ans");
    }

    @Test
    void showsTheFullNameOnlyWhenTheGuardianOfAMinorAgreed() throws Exception {
        SampleWinners winners = new SampleWinners(context);
        winners.fullNameAgreed(winner, Person.Role.ENTRANT);
        publishing.publish(scenario.organiser(), scenario.edition().id());
        assertThat(web.get("/winners/" + slug, "en").body()).doesNotContain("Wanjiru");

        winners.fullNameAgreed(winner, Person.Role.GUARDIAN);

        assertThat(web.get("/winners/" + slug, "en").body()).contains("By Amani Wanjiru, Kenya");
    }

    @Test
    void aPageForEachFilmAndAFeedForPartnersWebsites() throws Exception {
        publishing.publish(scenario.organiser(), scenario.edition().id());

        HttpResponse<String> film = web.get("/winners/" + slug + "/films/" + winner.id(), "fr");
        HttpResponse<String> feed = web.get("/winners/" + slug + "/feed.json?lang=fr", "en");
        HttpResponse<String> index = web.get("/winners/feed.json", "en");

        assertThat(film.body()).contains("og:type\" content=\"video.other", "og:video", "Distinction, 13 to 17",
                "De Amani, Kenya");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(feed.body()).contains("\"title\":\"Home is where the heart is\"", "\"name\":\"Amani\"",
                "\"country\":\"KE\"", "\"countryName\":\"Kenya\"", "\"kind\":\"CATEGORY_DISTINCTION\"", "video/mp4")
                .doesNotContain("Wanjiru", "Another story");
        assertThat(index.body()).contains("/winners/" + slug + "/feed.json");
    }

    @Test
    void servesAWinnersRenditionsAndPosterButNeverAnOriginal() throws Exception {
        publishing.publish(scenario.organiser(), scenario.edition().id());
        MediaAsset rendition = assets.findByEntryIdAndKind(winner.id(), MediaAsset.Kind.RENDITION).getFirst();
        MediaAsset original = assets.save(new MediaAsset(null, winner.id(), MediaAsset.Kind.ORIGINAL, "",
                "test/original/" + winner.id(), "video/mp4", 10, null, null, null, null, null, null, null));

        HttpResponse<String> media = web.get("/winners/" + slug + "/media/" + rendition.id(), "en");

        assertThat(media.statusCode()).isEqualTo(307);
        assertThat(media.headers().firstValue("Location").orElseThrow()).contains(rendition.objectKey(),
                "X-Amz-Signature");
        assertThat(web.get("/winners/" + slug + "/media/" + original.id(), "en").statusCode()).isEqualTo(404);
    }

    @Test
    void unpublishingTakesEverythingDown() throws Exception {
        publishing.publish(scenario.organiser(), scenario.edition().id());
        MediaAsset rendition = assets.findByEntryIdAndKind(winner.id(), MediaAsset.Kind.RENDITION).getFirst();

        publishing.unpublish(scenario.organiser(), scenario.edition().id());

        assertThat(web.get("/winners/" + slug, "en").statusCode()).isEqualTo(404);
        assertThat(web.get("/winners/" + slug + "/films/" + winner.id(), "en").statusCode()).isEqualTo(404);
        assertThat(web.get("/winners/" + slug + "/feed.json", "en").statusCode()).isEqualTo(404);
        assertThat(web.get("/winners/" + slug + "/media/" + rendition.id(), "en").statusCode()).isEqualTo(404);
        assertThat(web.get("/", "en").body()).doesNotContain("/winners/" + slug);
    }

    @Test
    void emailsEveryEntrantOnceInTheirLanguageWhenTheWinnersArePublished() {
        entries.update(inFrench(entries.findById(winner.id()).orElseThrow()));
        publishing.publish(scenario.organiser(), scenario.edition().id());

        assertThat(winnersNotifier.announce()).isGreaterThanOrEqualTo(2);

        OutboundEmail won = emails.findByRecipientAndKindOrderById(email(winner), "AWARD_WON").getFirst();
        assertThat(won.locale()).isEqualTo("fr");
        assertThat(won.subject()).contains("Votre film est primé");
        assertThat(won.bodyText()).contains("Distinction, 13 to 17", "/winners/" + slug);
        assertThat(emails.findByRecipientAndKindOrderById(email(other), "WINNERS_PUBLISHED")).hasSize(1);
        publishing.unpublish(scenario.organiser(), scenario.edition().id());
        publishing.publish(scenario.organiser(), scenario.edition().id());
        winnersNotifier.announce();
        assertThat(emails.findByRecipientOrderById(email(winner))).hasSize(1);
    }

    @Test
    void theEntrantReadsTheJurysCommentsOnTheirStatusPageOnceTheWinnersArePublished() throws Exception {
        entries.update(inFrench(entries.findById(winner.id()).orElseThrow()));
        ActingAccount juror = scenario.juror("ana");
        scenario.submit(winner, juror, "Le dernier plan est magnifique.", "Private: a close second", 100, 8, 6, 7);
        String token = SecretTokens.newToken();
        queries.replaceStatusToken(winner.id(), SecretTokens.hash(token));
        assertThat(web.get("/entries/" + token, "fr").body()).doesNotContain("Le dernier plan");

        publishing.publish(scenario.organiser(), scenario.edition().id());
        winnersNotifier.announce();

        String page = web.get("/entries/" + token, "fr").body();
        assertThat(page).contains("Ce que le jury en a dit", "Le dernier plan est magnifique.")
                .doesNotContain("a close second", juror.email());
        assertThat(web.get("/entries/" + token, "ar").body()).contains("ما قالته لجنة التحكيم");
        assertThat(emails.findByRecipientAndKindOrderById(email(winner), "AWARD_WON").getFirst().bodyText())
                .contains("Les membres du jury ont écrit des commentaires pour vous", "/entries/lost");
        assertThat(emails.findByRecipientAndKindOrderById(email(other), "WINNERS_PUBLISHED").getFirst().bodyText())
                .as("no comments were written for this film").doesNotContain("/entries/lost");
    }

    @Test
    void theEntrantIsToldAnIneligibilityDecisionWithItsReasonInTheirLanguage() {
        Entry film = entries.update(inFrench(scenario.pending(other)));

        decisions.decide(scenario.organiser(), List.of(film.id()), Entry.Eligibility.INELIGIBLE,
                "Le film dure plus de cinq minutes");
        StatusEmails.sendAllDue(statusNotifier);

        OutboundEmail told = emails.findByRecipientAndKindOrderById(email(film), "STATUS_INELIGIBLE").getFirst();
        assertThat(told.locale()).isEqualTo("fr");
        assertThat(told.bodyText()).contains("Le film dure plus de cinq minutes");
    }

    private String email(Entry entry) {
        return people.findByEntryIdAndRole(entry.id(), Person.Role.ENTRANT).orElseThrow().email();
    }

    private static Entry inFrench(Entry e) {
        return new Entry(e.id(), e.editionId(), e.reference(), e.statusTokenHash(), "fr", e.title(), e.synopsis(),
                e.originalLanguage(), e.subtitleLanguage(), e.completedOn(), e.mainThemeId(), e.secondaryThemeId(),
                e.specialRecognitionId(), e.screeningHistory(), e.aiOrStockFootage(), e.aiOrStockDetails(),
                e.ageCategoryId(), e.status(), e.rejectionCode(), e.rejectionMessage(), e.eligibility(),
                e.eligibilityReason(), e.durationMs(), e.createdAt(), e.updatedAt(), e.personalDataErasedAt());
    }
}
