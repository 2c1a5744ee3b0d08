package org.youthimages.app.judging;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.youthimages.judging.server.JudgingServer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jurors on slow connections: the judging interface's page and styles travel gzipped to a browser that accepts it,
 * and as they are to one that does not.
 */
@MicronautTest(transactional = false)
class JudgingCompressionIT {

    private static final Pattern STYLESHEET = Pattern.compile("href=\"\\./(aura/aura\\.css[^\"]*)\"");

    @Inject JudgingServer judging;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void thePageAndItsStylesTravelGzippedToABrowserThatAcceptsIt() throws Exception {
        HttpResponse<byte[]> page = get("/login", "gzip, deflate, br");
        assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String html = gunzip(page.body());
        assertThat(html).contains("<html");

        Matcher stylesheet = STYLESHEET.matcher(html);
        assertThat(stylesheet.find()).as("the page links Vaadin's theme").isTrue();
        HttpResponse<byte[]> zipped = get("/" + stylesheet.group(1), "gzip");
        HttpResponse<byte[]> plain = get("/" + stylesheet.group(1), null);

        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gunzip(zipped.body())).isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
        assertThat(zipped.body().length).as("gzipped bytes against plain ones")
                .isLessThan(plain.body().length / 3);
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + judging.port() + path));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response;
    }

    private static String gunzip(byte[] bytes) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
