package org.youthimages.app.site;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.youthimages.app.testing.WebClient;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages name their static files by content fingerprint, and only such an address may be cached for good. */
@MicronautTest(transactional = false)
class StaticAssetCachingIT {

    private static final Pattern STYLESHEET = Pattern.compile("href=\"(/static/site\\.css\\?v=([0-9a-f]{10}))\"");

    @Inject EmbeddedServer server;

    @Test
    void theStylesheetIsNamedByItsContentAndKeptForAYear() throws Exception {
        WebClient web = new WebClient(server.getURI());
        Matcher link = STYLESHEET.matcher(web.get("/", "en").body());
        assertThat(link.find()).as("the home page links the fingerprinted stylesheet").isTrue();

        HttpResponse<String> css = web.get(link.group(1), "en");

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(css.body().getBytes(StandardCharsets.UTF_8));
        assertThat(HexFormat.of().formatHex(digest, 0, 5)).isEqualTo(link.group(2));
    }

    @Test
    void aStaticFileWithoutItsCurrentFingerprintIsKeptOnlyBriefly() throws Exception {
        WebClient web = new WebClient(server.getURI());

        for (String address : new String[] {"/static/site.css", "/static/site.css?v=0000000000",
                "/static/upload.js?v=" + fingerprintOf(web, "/static/site.css")}) {
            HttpResponse<String> file = web.get(address, "en");
            assertThat(file.statusCode()).as(address).isEqualTo(200);
            assertThat(file.headers().firstValue("Cache-Control")).as(address)
                    .hasValueSatisfying(cache -> assertThat(cache).doesNotContain("immutable").contains("max-age=60"));
        }
    }

    @Test
    void aMissingFileIsNotCached() throws Exception {
        HttpResponse<String> missing = new WebClient(server.getURI()).get("/static/missing.js?v=0000000000", "en");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().allValues("Cache-Control")).doesNotContain(StaticAssetCaching.FOREVER);
    }

    private static String fingerprintOf(WebClient web, String address) throws Exception {
        byte[] body = web.get(address, "en").body().getBytes(StandardCharsets.UTF_8);
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 5);
    }
}
