package org.youthimages.app.upload;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.youthimages.app.testing.SampleEntrants;
import org.youthimages.app.testing.SubmissionForms;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.submission.EntryRegistration;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** One client address may start only so many uploads and send only so many forms; others are not affected. */
@MicronautTest(transactional = false)
@Property(name = "yi.uploads.limits.creations-per-window", value = "3")
@Property(name = "yi.limits.submissions-per-hour", value = "2")
class RateLimitIT {

    @Inject EmbeddedServer server;
    @Inject SampleEntrants samples;

    @Test
    void limitsHowManyUploadsOneAddressStartsWithARetryTime() throws Exception {
        EntryRegistration.Registered entry = samples.entryIn(samples.openEdition());
        TusClient phone = new TusClient(server.getURL().toString(), "203.0.113." + (int) (Math.random() * 250));

        for (int i = 0; i < 3; i++) {
            assertThat(phone.create(10, entry.statusToken()).statusCode()).isEqualTo(201);
        }
        HttpResponse<String> refused = phone.create(10, entry.statusToken());

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(new TusClient(server.getURL().toString(), "198.51.100." + (int) (Math.random() * 250))
                .create(10, entry.statusToken()).statusCode()).isEqualTo(201);
    }

    @Test
    void limitsHowManyEntriesOneAddressSendsAndSaysSoInTheFormsLanguage() throws Exception {
        Edition edition = samples.openEdition();
        String client = "192.0.2." + (int) (Math.random() * 250);
        HttpClient http = HttpClient.newHttpClient();
        int last = 0;
        String body = "";
        for (int i = 0; i < 3; i++) {
            Map<String, String> form = SubmissionForms.valid();
            form.put("email", "limit-" + UUID.randomUUID() + "@example.org");
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create(server.getURL() + "/editions/" + edition.slug() + "/submit"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "es")
                    .header("X-Test-Client", client).POST(HttpRequest.BodyPublishers.ofString(encode(form))).build(),
                    HttpResponse.BodyHandlers.ofString());
            last = response.statusCode();
            body = response.body();
        }

        assertThat(last).isEqualTo(429);
        assertThat(body).contains("Se enviaron demasiadas participaciones desde esta conexión");
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
