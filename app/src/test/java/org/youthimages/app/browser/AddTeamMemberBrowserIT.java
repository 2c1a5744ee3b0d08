package org.youthimages.app.browser;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.youthimages.app.testing.Browser;
import org.youthimages.app.testing.SampleEntrants;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Add a team member" sends the form to the server and back (it works without scripts); the page that comes back
 * opens at the new row, ready for the name, instead of at the top of a long form. Enter in a field sends the form,
 * as its last button does, and adds no member.
 */
@MicronautTest(transactional = false)
class AddTeamMemberBrowserIT {

    @Inject EmbeddedServer server;
    @Inject SampleEntrants samples;

    private final ChromeDriver browser = Browser.start();
    private final WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void theNewRowIsShownWithItsNameFieldFocused() {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(server.getURI() + "/editions/" + samples.openEdition().slug() + "/submit?lang=zh");

        addAMember();
        wait.until(d -> d.getCurrentUrl().endsWith("#team0.givenName") && "team0.givenName".equals(focusedId()));
        assertThat(inViewport(browser.findElement(By.id("team0.givenName")))).isTrue();
        assertThat(inViewport(browser.findElement(By.cssSelector(".team-member h3")))).as("with its heading").isTrue();

        browser.switchTo().activeElement().sendKeys("李明");
        addAMember();
        wait.until(d -> d.getCurrentUrl().endsWith("#team1.givenName") && "team1.givenName".equals(focusedId()));
        assertThat(browser.findElement(By.id("team0.givenName")).getDomProperty("value")).isEqualTo("李明");
    }

    @Test
    void enterInAFieldSendsTheFormAsTheLastButtonDoesAndAddsNoMember() {
        browser.get(server.getURI() + "/editions/" + samples.openEdition().slug() + "/submit?lang=es");

        browser.findElement(By.id("title")).sendKeys("Mi barrio", Keys.ENTER);

        wait.until(d -> !d.findElements(By.id("error-summary")).isEmpty());
        assertThat(browser.findElements(By.id("team0.givenName"))).as("no team member row was added").isEmpty();
        assertThat(browser.findElement(By.id("title")).getDomProperty("value")).isEqualTo("Mi barrio");
        assertThat(browser.findElement(By.id("error-summary")).getText()).contains("Sinopsis");
    }

    private void addAMember() {
        browser.findElement(By.cssSelector("button[value=addMember]")).click();
    }

    private String focusedId() {
        return browser.switchTo().activeElement().getDomAttribute("id");
    }

    private boolean inViewport(WebElement element) {
        return (Boolean) ((JavascriptExecutor) browser).executeScript(
                "var r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;",
                element);
    }
}
