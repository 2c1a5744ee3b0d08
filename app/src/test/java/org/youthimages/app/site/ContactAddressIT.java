package org.youthimages.app.site;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.youthimages.app.testing.WebClient;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The organisers' contact address, set by the operator, at the foot of every public page. */
@MicronautTest(transactional = false)
@Property(name = "yi.contact.email", value = "contest@youth-images.example")
class ContactAddressIT {

    @Inject EmbeddedServer server;

    @Test
    void everyPublicPageSaysWhereToWriteWithQuestionsInTheReadersLanguage() throws Exception {
        WebClient web = new WebClient(server.getURI());

        assertThat(web.get("/", "en").body()).contains("Questions? Write to the organisers:",
                "<a href=\"mailto:contest@youth-images.example\" dir=\"ltr\">contest@youth-images.example</a>");
        assertThat(web.get("/entries/lost", "ar").body()).contains("لديك أسئلة؟ راسل المنظمين:",
                "mailto:contest@youth-images.example");
        assertThat(web.get("/privacy", "fr").body()).contains("Des questions\u00a0? Écrivez aux organisateurs\u00a0:");
    }

    @Test
    void theAppDoesNotStartWithAMalformedAddress() {
        assertThatThrownBy(() -> ApplicationContext.run(Map.of("yi.contact.email", "contest at example")).close())
                .hasStackTraceContaining("yi.contact.email (YI_CONTACT_EMAIL) is not an email address");
    }

    @Test
    void anAddressThatIsNotOneIsRefusedAtStartWithTheSettingsName() {
        assertThatThrownBy(() -> new ContactSettings("contest at example"))
                .hasMessageContaining("YI_CONTACT_EMAIL").hasMessageContaining("contest at example");
        assertThatThrownBy(() -> new ContactSettings("Contest <contest@example.org>"))
                .hasMessageContaining("bare address");
        assertThat(new ContactSettings("  ").email()).isNull();
        assertThat(new ContactSettings(" contest@example.org ").email()).isEqualTo("contest@example.org");
    }
}
