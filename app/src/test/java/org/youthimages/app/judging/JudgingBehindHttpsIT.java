package org.youthimages.app.judging;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.youthimages.judging.server.JudgingServer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Reached at an https address through a proxy, the judging interface's session cookie is sent only over HTTPS. */
@MicronautTest(transactional = false)
@Property(name = "yi.judging.public-url", value = "https://judging.youth-images.example")
class JudgingBehindHttpsIT {

    @Inject JudgingServer judging;

    @Test
    void theSessionCookieIsMarkedSecure() throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + judging.port() + "/login")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("; Secure", "; HttpOnly", "SameSite=Lax"));
    }
}
