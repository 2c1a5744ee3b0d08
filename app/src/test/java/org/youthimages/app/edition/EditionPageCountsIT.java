package org.youthimages.app.edition;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthimages.app.testing.SampleEntrants;
import org.youthimages.app.testing.WebClient;
import org.youthimages.storage.edition.Edition;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The edition page counts days, minutes and years in the reader's language, with its plural forms. */
@MicronautTest(transactional = false)
class EditionPageCountsIT {

    @Inject EmbeddedServer server;
    @Inject SampleEntrants samples;

    private WebClient web;
    private Edition edition;

    @BeforeEach
    void anOpenEditionOfFilmsFromOneToFiveMinutes() {
        web = new WebClient(server.getURI());
        edition = samples.openEdition();
    }

    @Test
    void twoDaysBeforeTheDeadlineEachLanguageCountsTwoDaysInItsOwnForm() throws Exception {
        samples.closingIn(edition, Duration.ofDays(2).plusHours(1));

        assertThat(page("en")).contains("2 days left to submit");
        assertThat(page("ru")).contains("До конца приёма заявок осталось 2 дня");
        assertThat(page("ar")).contains("بقي يومان للمشاركة");
    }

    @Test
    void onTheLastDayThePageSaysLessThanADayRatherThanZeroDays() throws Exception {
        samples.closingIn(edition, Duration.ofHours(5));

        assertThat(page("en")).contains("Less than a day left to submit").doesNotContain("0 days");
        assertThat(page("fr")).contains("Moins d’un jour pour participer", "Date limite\u00a0:");
    }

    @Test
    void twentyOneDaysBeforeTheDeadlineRussianUsesTheSingular() throws Exception {
        samples.closingIn(edition, Duration.ofDays(21).plusHours(1));

        assertThat(page("ru")).contains("До конца приёма заявок остался 21 день");
        assertThat(page("ar")).contains("بقي 21 يومًا للمشاركة");
    }

    @Test
    void lengthsAndAgesTakeTheFormOfTheirLastNumber() throws Exception {
        assertThat(page("en")).contains("Films from 1 to 5 minutes long.");
        assertThat(page("ru")).contains("Фильмы длительностью от 1 до 5 минут.", "от 9 до 12 лет")
                .as("a Russian date ends in its own full stop").doesNotContain("г..");
        assertThat(page("ar")).contains("أفلام مدتها من 1 إلى 5 دقائق.", "من 9 إلى 12 عامًا");
    }

    private String page(String language) throws Exception {
        return web.get("/editions/" + edition.slug(), language).body();
    }
}
