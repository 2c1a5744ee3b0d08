package org.youthimages.app.judging;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.youthimages.app.testing.Browser;
import org.youthimages.app.testing.JudgingPages;
import org.youthimages.storage.account.Role;
import org.youthimages.storage.demo.DemoAccount;
import org.youthimages.judging.server.JudgingServer;
import org.youthimages.storage.demo.DemoSetup;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The judging interface, served by Jetty inside the app, asks an organiser to sign in and then renders editions from
 * the database in a real browser.
 */
@MicronautTest(transactional = false)
class EditionListBrowserIT {

    @Inject JudgingServer judging;
    @Inject DemoSetup demo;

    private final ChromeDriver browser = Browser.start();

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void showsTheDemoEditionByNameToAnOrganiser() {
        DemoAccount organiser = demo.ensureDemo().stream().filter(a -> a.role() == Role.ORGANISER).findFirst()
                .orElseThrow();

        JudgingPages.signIn(browser, judging.port(), organiser.email(), organiser.password());

        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getPageSource().contains("(demo)"));
        assertThat(browser.getTitle()).contains("Editions");
        assertThat(browser.findElement(By.tagName("vaadin-grid")).isDisplayed()).isTrue();
    }
}
