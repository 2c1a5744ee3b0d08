package org.youthimages.app.browser;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.youthimages.app.testing.Browser;
import org.youthimages.app.testing.SampleEntrants;
import org.youthimages.storage.edition.Edition;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An entrant far from the edition's time zone reads the deadline in their own as well. */
@MicronautTest(transactional = false)
class LocalDeadlineBrowserIT {

    @Inject EmbeddedServer server;
    @Inject SampleEntrants samples;

    private final ChromeDriver browser = Browser.start();
    private Edition edition;

    @BeforeEach
    void anEditionInZurichTime() {
        edition = samples.openEdition();
        assertThat(edition.zone()).isEqualTo(ZoneId.of("Europe/Zurich"));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void anEntrantInLimaAlsoSeesTheDeadlineInLimaTime() {
        WebElement local = localDeadlineIn("America/Lima", "en");

        String limaTime = DateTimeFormatter.ofPattern("h:mm").format(edition.submissionsCloseAt()
                .atZone(ZoneId.of("America/Lima")));
        assertThat(local.getText()).startsWith("In your time zone: ").contains(limaTime);
    }

    @Test
    void inSpanishTheLineIsInSpanish() {
        assertThat(localDeadlineIn("America/Lima", "es").getText()).startsWith("En tu zona horaria: ");
    }

    @Test
    void anEntrantInTheEditionsOwnTimeZoneSeesItOnce() {
        browser.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Europe/Zurich"));
        open("en");

        assertThat(browser.findElement(By.id("countdown")).getText()).startsWith("Time left: ");
        assertThat(browser.findElement(By.id("local-deadline")).isDisplayed()).isFalse();
    }

    private WebElement localDeadlineIn(String timeZone, String lang) {
        browser.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", timeZone));
        open(lang);
        WebElement local = browser.findElement(By.id("local-deadline"));
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(b -> local.isDisplayed());
        return local;
    }

    private void open(String lang) {
        browser.get(server.getURI() + "/editions/" + edition.slug() + "?lang=" + lang); // deferred scripts have run
    }
}
