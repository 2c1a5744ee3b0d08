package org.youthimages.app.home;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthimages.app.testing.SampleEntrants;
import org.youthimages.app.testing.WebClient;
import org.youthimages.storage.edition.Edition;

import static org.assertj.core.api.Assertions.assertThat;

/** The home page lists the live editions, each saying whether it takes films now and until or from when. */
@MicronautTest(transactional = false)
class HomePageIT {

    @Inject EmbeddedServer server;
    @Inject SampleEntrants samples;

    private WebClient web;
    private Edition open;
    private Edition upcoming;
    private Edition closed;

    @BeforeEach
    void anOpenAnUpcomingAndAClosedEdition() {
        web = new WebClient(server.getURI());
        open = samples.openEdition();
        upcoming = samples.notOpenYet(samples.openEdition());
        closed = samples.close(samples.openEdition());
    }

    @Test
    void eachEditionSaysWhetherItTakesFilmsInTheReadersLanguage() throws Exception {
        String english = web.get("/", "en").body();
        String arabic = web.get("/", "ar").body();

        assertThat(card(english, open)).contains("Submissions open until").doesNotContain("closed");
        assertThat(card(english, upcoming)).contains("Submissions open on").doesNotContain("until");
        assertThat(card(english, closed)).contains("Submissions are closed.");
        assertThat(card(arabic, open)).contains("التسجيل مفتوح حتى");
        assertThat(card(arabic, closed)).contains("أُغلق التسجيل.");
    }

    @Test
    void withoutAContactAddressSetThePageOffersNone() throws Exception {
        assertThat(web.get("/", "en").body()).contains("Youth Images: short films by young people")
                .doesNotContain("id=\"contact\"", "mailto:");
    }

    /** The part of the page between the edition's link and the end of its card. */
    private static String card(String page, Edition edition) {
        int start = page.indexOf("href=\"/editions/" + edition.slug() + "\"");
        assertThat(start).as("a card for " + edition.slug()).isPositive();
        return page.substring(start, page.indexOf("</li>", start));
    }
}
