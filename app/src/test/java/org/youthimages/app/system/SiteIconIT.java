package org.youthimages.app.system;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.youthimages.app.testing.WebClient;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Browsers ask every page for its icon: the public pages name one, and it is served. */
@MicronautTest
class SiteIconIT {

    @Inject EmbeddedServer server;

    @Test
    void publicPagesNameAnIconThatIsServedAsSvg() throws Exception {
        WebClient web = new WebClient(server.getURI());
        String home = web.get("/", "en").body();
        assertThat(home).containsPattern("<link rel=\"icon\" href=\"/static/favicon.svg\\?v=[0-9a-f]{10}\" type=\"image/svg\\+xml\">");

        HttpResponse<String> icon = web.get("/static/favicon.svg", "en");
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("image/svg+xml"));
        assertThat(icon.body()).startsWith("<svg");
    }
}
