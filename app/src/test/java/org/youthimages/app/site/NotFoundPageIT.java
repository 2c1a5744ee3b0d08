package org.youthimages.app.site;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** An address that no page answers gets the site's own "not found" page in the reader's language. */
@MicronautTest(transactional = false)
class NotFoundPageIT {

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Inject EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aBrowserFollowingAMistypedAddressGetsTheSitesPageInItsLanguage() throws Exception {
        HttpResponse<String> arabic = get("/editions/demo/winnners", BROWSER_ACCEPT, "ar");
        HttpResponse<String> russian = get("/no-such-page", BROWSER_ACCEPT, "ru-RU,ru;q=0.9");

        assertThat(arabic.statusCode()).isEqualTo(404);
        assertThat(arabic.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(arabic.body()).contains("الصفحة غير موجودة", "dir=\"rtl\"", "href=\"/\"")
                .doesNotContain("Not Found");
        assertThat(russian.statusCode()).isEqualTo(404);
        assertThat(russian.body()).contains("Страница не найдена");
    }

    @Test
    void aProgramAskingForSomethingElseGetsABare404() throws Exception {
        HttpResponse<String> json = get("/no-such-page", "application/json", "fr");

        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(json.body()).doesNotContain("<html", "Page introuvable");
    }

    private HttpResponse<String> get(String path, String accept, String language) throws Exception {
        return http.send(HttpRequest.newBuilder(server.getURI().resolve(path)).header("Accept", accept)
                .header("Accept-Language", language).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
