package org.youthimages.app.judging;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.youthimages.app.testing.Browser;
import org.youthimages.app.testing.JudgingPages;
import org.youthimages.judging.server.JudgingServer;
import org.youthimages.storage.account.AccountRepository;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.testing.JudgingScenario;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A juror signs in from a browser set to French: an account whose language nobody chose (as the demo's) follows the
 * browser, one whose language was chosen keeps it.
 */
@MicronautTest(transactional = false)
class JurorLanguageBrowserIT {

    @Inject ApplicationContext context;
    @Inject JudgingServer judging;
    @Inject AccountRepository accounts;

    private final ChromeDriver browser = Browser.preferring("fr-FR,fr");
    private final WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void aJurorWhoseLanguageWasNeverChosenSignsInFromAFrenchBrowserAndLandsInFrench() {
        ActingAccount juror = JudgingScenario.create(context).signedUpJuror("Fleur Follower");
        accounts.update(accounts.findById(juror.id()).orElseThrow().withLanguageNotChosen());

        JudgingPages.signIn(browser, judging.port(), juror.email(), JudgingScenario.PASSWORD);

        wait.until(d -> d.getPageSource().contains("Mes phases"));
        assertThat(accounts.findById(juror.id()).orElseThrow().locale()).as("kept for the emails").isEqualTo("fr");
        // Vaadin's connection indicator, whose text shows when the connection comes back
        wait.until(d -> String.valueOf(browser.executeScript(
                "return document.querySelector('vaadin-connection-indicator').textContent")).contains("En ligne"));
        assertThat(browser.executeScript("return document.querySelector('vaadin-connection-indicator').textContent"))
                .asString().doesNotContain("Online");
    }

    @Test
    void anAddressNoScreenAnswersIsNotFoundInTheJurorsLanguageWithTheWayBack() {
        ActingAccount juror = JudgingScenario.create(context).signedUpJuror("Paul Mistyped");
        accounts.update(accounts.findById(juror.id()).orElseThrow().withLanguageNotChosen());
        JudgingPages.signIn(browser, judging.port(), juror.email(), JudgingScenario.PASSWORD);
        wait.until(d -> d.getPageSource().contains("Mes phases"));

        browser.get("http://localhost:" + judging.port() + "/films/12");

        wait.until(d -> d.getPageSource().contains("Page introuvable"));
        assertThat(browser.getTitle()).isEqualTo("Page introuvable");
        assertThat(browser.getPageSource()).contains("Cette adresse ne mène à aucune page", "Retour à l’accueil")
                .doesNotContain("Could not navigate", "films/12");
    }

    @Test
    void aJurorWhoChoseEnglishKeepsItInAFrenchBrowser() {
        ActingAccount juror = JudgingScenario.create(context).signedUpJuror("Emma Chooser");
        browser.get("http://localhost:" + judging.port() + "/login");
        wait.until(d -> d.getPageSource().contains("Se connecter"));

        JudgingPages.signIn(browser, judging.port(), juror.email(), JudgingScenario.PASSWORD);

        wait.until(d -> d.getPageSource().contains("My rounds"));
        assertThat(browser.getPageSource()).doesNotContain("Mes phases");
    }

    @Test
    void aVisitorWhoseBrowserPrefersSwissFrenchThenEnglishSeesTheSignInPageInFrench() {
        ChromeDriver swiss = Browser.preferring("fr-CH,en");
        try {
            // the header as Firefox and Safari send it; Chromium would add a plain "fr" of its own after "fr-CH"
            swiss.executeCdpCommand("Network.enable", Map.of());
            swiss.executeCdpCommand("Network.setExtraHTTPHeaders",
                    Map.of("headers", Map.of("Accept-Language", "fr-CH, en;q=0.5")));
            swiss.get("http://localhost:" + judging.port() + "/login");

            new WebDriverWait(swiss, Duration.ofSeconds(30)).until(d -> d.getPageSource().contains("Se connecter"));
        } finally {
            swiss.quit();
        }
    }
}
