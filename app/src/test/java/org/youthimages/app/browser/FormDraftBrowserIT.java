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
import org.youthimages.app.testing.EntryForm;
import org.youthimages.app.testing.SampleEntrants;
import org.youthimages.storage.edition.Edition;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An entrant's phone reloads the form half filled (a lost connection, the browser closing the page in the
 * background): what they typed comes back, in this tab only, until the entry is saved or they clear the form.
 */
@MicronautTest(transactional = false)
class FormDraftBrowserIT {

    @Inject EmbeddedServer server;
    @Inject SampleEntrants samples;

    private final ChromeDriver browser = Browser.start();
    private final WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    private final EntryForm form = new EntryForm(browser);
    private Edition edition;

    @BeforeEach
    void anOpenEdition() {
        edition = samples.openEdition();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void whatWasTypedComesBackAfterAReloadButTheDeclarationsAreTickedAgain() {
        openTheForm();
        assertThat(browser.findElement(By.id("draft-restored")).isDisplayed()).isFalse();
        form.type("title", "Le long chemin");
        form.type("synopsis", "Deux sœurs traversent trois frontières.");
        form.choose("country", "SN");
        browser.findElement(By.id("footage-NONE")).click();
        form.date("dateOfBirth", "2003-09-15");
        browser.findElement(By.id("decl.OWN_WORK")).click();

        browser.navigate().refresh();

        assertThat(form.value("title")).isEqualTo("Le long chemin");
        assertThat(form.value("synopsis")).isEqualTo("Deux sœurs traversent trois frontières.");
        assertThat(form.value("country")).isEqualTo("SN");
        assertThat(form.value("dateOfBirth")).isEqualTo("2003-09-15");
        assertThat(browser.findElement(By.id("footage-NONE")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("decl.OWN_WORK")).isSelected()).as("a declaration is ticked afresh")
                .isFalse();
        assertThat(browser.findElement(By.id("category-output")).getText()).as("the form's own help follows")
                .contains("18 to 25");
        WebElement notice = browser.findElement(By.id("draft-restored"));
        assertThat(notice.isDisplayed()).isTrue();
        assertThat(notice.getText()).contains("We filled in what you typed earlier in this browser tab");
    }

    @Test
    void teamMembersComeBackWithTheirRows() {
        openTheForm();
        form.type("title", "Our film");
        browser.findElement(By.cssSelector("button[value=addMember]")).click();
        wait.until(d -> !d.findElements(By.id("team0.givenName")).isEmpty());
        form.type("team0.givenName", "Karim");
        form.type("team0.age", "17");

        openTheForm(); // the page as a phone reopens it: a fresh form, without the team's rows

        wait.until(d -> !d.findElements(By.id("team0.givenName")).isEmpty());
        assertThat(form.value("team0.givenName")).isEqualTo("Karim");
        assertThat(form.value("team0.age")).isEqualTo("17");
        assertThat(form.value("title")).isEqualTo("Our film");
    }

    @Test
    void aFormTheServerSendsBackWithItsErrorsIsLeftAsSent() {
        openTheForm();
        form.type("title", "  Spaces around  ");

        browser.findElement(By.id("send")).click();

        wait.until(d -> !d.findElements(By.id("error-summary")).isEmpty());
        assertThat(form.value("title")).isEqualTo("Spaces around");
        assertThat(browser.findElement(By.id("draft-restored")).isDisplayed()).isFalse();
    }

    @Test
    void clearingTheFormForgetsWhatWasTyped() {
        openTheForm();
        form.type("title", "A film I will not send");
        browser.navigate().refresh();

        browser.findElement(By.id("draft-clear")).click();

        assertThat(form.value("title")).isEmpty();
        assertThat(browser.findElement(By.id("draft-restored")).isDisplayed()).isFalse();
        browser.navigate().refresh();
        assertThat(form.value("title")).isEmpty();
        assertThat(browser.findElement(By.id("draft-restored")).isDisplayed()).isFalse();
    }

    @Test
    void onceTheEntryIsSavedTheFormStartsEmptyAgain() {
        openTheForm();
        form.fillAnAdultsEntry("Sent for real", "A short story of two cities.", "en",
                "amina-" + UUID.randomUUID() + "@example.org");
        browser.findElement(By.id("send")).click();
        wait.until(d -> d.getCurrentUrl().contains("/entries/"));

        openTheForm();

        assertThat(form.value("title")).isEmpty();
        assertThat(browser.findElement(By.id("draft-restored")).isDisplayed()).isFalse();
    }

    @Test
    void anotherTabStartsWithAnEmptyForm() {
        openTheForm();
        form.type("title", "Only in the first tab");

        browser.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        openTheForm();

        assertThat(form.value("title")).isEmpty();
    }

    private void openTheForm() {
        browser.get(server.getURI() + "/editions/" + edition.slug() + "/submit?lang=en"); // deferred scripts have run
    }
}
