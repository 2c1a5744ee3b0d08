package org.youthimages.app.judging;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.youthimages.app.testing.Axe;
import org.youthimages.app.testing.Browser;
import org.youthimages.app.testing.JudgingPages;
import org.youthimages.judging.server.JudgingServer;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.testing.JudgingScenario;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core in a real headless Chromium finds no WCAG 2.2 A/AA violation on judging screens with the colours that
 * failed before: the green of a submitted scorecard's badge on a juror's queue, and of the organisers' publish button;
 * and the page a juror gets for what is not theirs has a title.
 */
@MicronautTest(transactional = false)
class JudgingAccessibilityBrowserIT {

    @Inject ApplicationContext context;
    @Inject JudgingServer judging;

    private final ChromeDriver browser = Browser.start();
    private final WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void aJurorsQueueWithASubmittedScorecardAndAPageNotForThemHaveNoViolations() {
        JudgingScenario scenario = JudgingScenario.create(context);
        ActingAccount juror = scenario.signedUpJuror("Ada Axe");
        Entry scored = scenario.film("Scored by Ada");
        scenario.submit(scored, juror, 100, 7, 7, 7);
        scenario.assign(List.of(scenario.film("Next for Ada")), juror);

        JudgingPages.signIn(browser, judging.port(), juror.email(), JudgingScenario.PASSWORD);
        wait.until(d -> d.getPageSource().contains("Scored by Ada") && d.getPageSource().contains("Submitted"));
        assertThat(Axe.violations(browser)).as("the juror's home with its queue").isEqualTo("[]");

        browser.get("http://localhost:" + judging.port() + "/organiser/awards");
        wait.until(d -> d.getPageSource().contains("Not available"));
        assertThat(browser.getTitle()).isEqualTo("Not available");
        assertThat(Axe.violations(browser)).as("an organisers' page, to a juror").isEqualTo("[]");
    }

    @Test
    void theOrganisersAwardsScreenWithItsPublishButtonHasNoViolations() {
        JudgingScenario scenario = JudgingScenario.create(context);
        ActingAccount organiser = scenario.signedUp(scenario.organiser());

        JudgingPages.signIn(browser, judging.port(), organiser.email(), JudgingScenario.PASSWORD);
        browser.get("http://localhost:" + judging.port() + "/organiser/awards");
        wait.until(d -> d.getPageSource().contains("Publish the winners"));
        assertThat(Axe.violations(browser)).as("awards and publishing").isEqualTo("[]");
    }
}
