package org.youthimages.app.edition;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthimages.app.testing.SubmissionForms;
import org.youthimages.app.testing.WebClient;
import org.youthimages.storage.edition.Criterion;
import org.youthimages.storage.edition.CriterionRepository;
import org.youthimages.storage.mail.OutboundEmailRepository;
import org.youthimages.storage.testing.JudgingScenario;
import org.youthimages.storage.translation.EditionTranslations;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An edition's own texts reach entrants in their language where the organisers translated them. */
@MicronautTest(transactional = false)
class TranslatedEditionIT {

    @Inject ApplicationContext context;
    @Inject EmbeddedServer server;
    @Inject EditionTranslations translations;
    @Inject CriterionRepository criteria;
    @Inject OutboundEmailRepository emails;

    private WebClient web;
    private JudgingScenario scenario;
    private String slug;

    @BeforeEach
    void anEditionTranslatedIntoArabic() {
        web = new WebClient(server.getURI());
        scenario = JudgingScenario.create(context);
        slug = scenario.edition().slug();
        Criterion story = criteria.findByRoundIdOrderByPosition(scenario.round().id()).getFirst();
        translations.save(scenario.organiser(), scenario.edition().id(), "ar", Map.of(
                "edition.name", "صور الشباب",
                "edition.theme", "الهجرة والإدماج",
                "theme.MIGRATION.name", "الهجرة",
                "category.AGE_18_25", "من 18 إلى 25 عامًا",
                "prize.XENOPHOBIA.name", "مكافحة كراهية الأجانب",
                "round." + scenario.round().id() + ".name", "لجنة التحكيم الدولية",
                "criterion." + story.id() + ".name", "السرد"));
    }

    @Test
    void theEditionPageShowsTheTranslationsInArabicAndTheOriginalsInOtherLanguages() throws Exception {
        String arabic = web.get("/editions/" + slug, "ar").body();
        String english = web.get("/editions/" + slug, "en").body();

        assertThat(arabic).contains("dir=\"rtl\"", "صور الشباب", "الهجرة والإدماج", "الهجرة", "من 18 إلى 25 عامًا",
                "مكافحة كراهية الأجانب", "لجنة التحكيم الدولية", "السرد");
        assertThat(arabic).as("texts left untranslated show as written").contains("Diversity", "Craft");
        assertThat(english).contains(scenario.edition().name(), "Migration and inclusion", "Storytelling",
                "International jury").doesNotContain("صور الشباب", "السرد");
    }

    @Test
    void theFormOffersTranslatedThemesWithTheSameCodesAndTheEntryIsTalkedAboutInArabic() throws Exception {
        String form = web.get("/editions/" + slug + "/submit", "ar").body();
        assertThat(form).containsPattern("<option[^>]*value=\"MIGRATION\"[^>]*>الهجرة</option>");

        Map<String, String> fields = SubmissionForms.valid();
        HttpResponse<String> submitted = web.post("/editions/" + slug + "/submit", "ar", fields);
        String status = web.get(submitted.headers().firstValue("location").orElseThrow(), "ar").body();

        assertThat(status).contains("من 18 إلى 25 عامًا", "الهجرة");
        assertThat(emails.findByRecipientAndKindOrderById(fields.get("email"), "ENTRY_STARTED")).singleElement()
                .satisfies(e -> assertThat(e.bodyText()).contains("صور الشباب"));
    }
}
