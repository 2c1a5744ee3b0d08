package org.youthimages.app.judging;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.youthimages.judging.server.JudgingServer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The judging interface cannot be framed by another site, leaks no address through the Referer, names no server. */
@MicronautTest(transactional = false)
class JudgingHeadersIT {

    @Inject JudgingServer judging;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndNoServerVersion() throws Exception {
        for (String path : new String[] {"/login", "/judging", "/no-such-page"}) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + judging.port() + path)).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(page.headers().allValues("X-Frame-Options")).as(path).containsExactly("SAMEORIGIN");
            assertThat(page.headers().firstValue("Content-Security-Policy")).as(path).hasValue("frame-ancestors 'self'");
            assertThat(page.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(page.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(page.headers().firstValue("Server")).as(path).isEmpty();
        }
    }

    @Test
    void atAPlainHttpAddressTheSessionCookieIsNotMarkedSecureOrItWouldNeverComeBack() throws Exception {
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + judging.port() + "/login")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("; HttpOnly").doesNotContain("Secure"));
    }
}
