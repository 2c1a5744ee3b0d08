package org.youthimages.app.site;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthimages.app.testing.WebClient;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** An address that no page answers gets the site's own "not found" page in the reader's language. */
@MicronautTest(transactional = false)
class NotFoundPageIT {

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Inject EmbeddedServer server;

    private WebClient web;

    @BeforeEach
    void client() {
        web = new WebClient(server.getURI());
    }

    @Test
    void aBrowserFollowingAMistypedAddressGetsTheSitesPageInItsLanguage() throws Exception {
        HttpResponse<String> arabic = web.get("/editions/demo/winnners", "ar", BROWSER_ACCEPT);
        HttpResponse<String> russian = web.get("/no-such-page", "ru-RU,ru;q=0.9", BROWSER_ACCEPT);

        assertThat(arabic.statusCode()).isEqualTo(404);
        assertThat(arabic.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(arabic.body()).contains("الصفحة غير موجودة", "dir=\"rtl\"", "href=\"/\"")
                .doesNotContain("Not Found");
        assertThat(russian.statusCode()).isEqualTo(404);
        assertThat(russian.body()).contains("Страница не найдена");
    }

    @Test
    void anAddressWithAValueThatCannotBeOneLeadsToTheNotFoundPageInTheReadersLanguage() throws Exception {
        for (String address : new String[] {"/winners/demo/films/abc", "/winners/demo/films/99999999999999999999",
                "/editions/demo/submit?team=99999999999", "/editions/%00", "/editions/%00/submit", "/editions/DEMO"}) {
            HttpResponse<String> page = web.get(address, "es", BROWSER_ACCEPT);

            assertThat(page.statusCode()).as(address).isEqualTo(404);
            assertThat(page.body()).as(address).contains("lang=\"es\"", "Página no encontrada", "href=\"/\"")
                    .doesNotContain("Bad Request", "Not Acceptable", "Internal Server Error");
        }
    }

    @Test
    void aProgramSendingAValueThatCannotBeOneGetsABare400() throws Exception {
        HttpResponse<String> json = web.get("/winners/demo/films/abc", "fr", "application/json");

        assertThat(json.statusCode()).isEqualTo(400);
        assertThat(json.body()).contains("entryId").doesNotContain("<html");
    }

    @Test
    void aProgramAskingForSomethingElseGetsABare404() throws Exception {
        HttpResponse<String> json = web.get("/no-such-page", "fr", "application/json");

        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(json.body()).doesNotContain("<html", "Page introuvable");
    }
}
