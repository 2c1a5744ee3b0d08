package org.youthimages.app.judging;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.youthimages.app.testing.Browser;
import org.youthimages.app.testing.JudgingPages;
import org.youthimages.app.testing.SampleMedia;
import org.youthimages.judging.server.JudgingServer;
import org.youthimages.storage.account.AccountPreferences;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.MediaAssetRepository;
import org.youthimages.storage.judging.JudgingQueue;
import org.youthimages.storage.judging.QueueFilter;
import org.youthimages.storage.objects.ObjectStore;
import org.youthimages.storage.testing.JudgingScenario;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The judging interface on a 390 × 844 phone, in a real headless Chromium, in the languages with the longest words
 * (French's "Se déconnecter", Spanish's long buttons): the header's Sign out lies inside the screen and its view title
 * reads in full, no page scrolls sideways, and the fields a reviewer found cut short show their whole value: the queue's age-category filter, the
 * player's quality, the round's deadline and the moments on the organisers' progress by juror.
 */
@MicronautTest(transactional = false)
class JudgingOnAPhoneBrowserIT {

    /**
     * The page's own box, the header and the layout's scrolling content area: none may be wider than the screen (the
     * header hid what did not fit in it, Sign out's margin first).
     */
    private static final String SIDEWAYS_OVERFLOW = """
            const layout = document.querySelector('vaadin-app-layout').shadowRoot;
            const overflow = part => part.scrollWidth - part.clientWidth;
            return Math.max(document.documentElement.scrollWidth - innerWidth,
                            overflow(layout.querySelector('[part~=navbar-top]')),
                            overflow(layout.querySelector('[part~=content]')));""";

    /** How many pixels of the element's text are cut off (its own, or its shadow root's value part's). */
    private static final String TEXT_CUT_OFF = """
            const el = arguments[0];
            const button = 'vaadin-select-value-button';
            const shown = el.matches('vaadin-select')
                ? el.querySelector(button) || el.shadowRoot.querySelector(button) : el;
            return shown.scrollWidth - shown.clientWidth;""";

    @Inject ApplicationContext context;
    @Inject JudgingServer judging;
    @Inject ObjectStore store;
    @Inject MediaAssetRepository assets;
    @Inject JudgingQueue queue;
    @Inject AccountPreferences preferences;

    @TempDir Path folder;

    private final ChromeDriver browser = Browser.start();
    private final WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void aJurorInFrenchReadsTheHeaderTheCategoryFilterAndThePlayersQualityInFull() {
        JudgingScenario scenario = JudgingScenario.create(context);
        ActingAccount juror = preferences.changeLanguage(scenario.signedUpJuror("Philippa Phone"), "fr");
        Entry film = scenario.film("Harbour lights", "AGE_13_17", "PE", 10_000L);
        new SampleMedia(store, assets).addAll(film, 10, folder);
        scenario.assign(List.of(film, scenario.film("Second film", "AGE_18_25", "KE")), juror);

        Browser.asAPhone(browser);
        JudgingPages.signIn(browser, judging.port(), juror.email(), JudgingScenario.PASSWORD);
        wait.until(d -> d.getPageSource().contains("Second film") && d.getPageSource().contains("Harbour lights"));
        Browser.screenshot(browser, "phone-juror-home");
        fitsTheScreenWithSignOutInView("Se déconnecter");
        assertThat(browser.findElement(By.tagName("vaadin-drawer-toggle")).getAttribute("aria-label"))
                .isEqualTo("Afficher ou masquer le menu");
        showsItsWholeValue("vaadin-select.yi-category-filter", "Toutes les catégories");
        everyCellReadsInFull();

        browser.get("http://localhost:" + judging.port() + "/film/" + assignmentOf(juror, "Harbour lights"));
        wait.until(d -> String.valueOf(d.findElement(By.cssSelector(".yi-player")).getAttribute("data-rendition"))
                .equals("360p"));
        wait.until(d -> d.getPageSource().contains("Automatique (360p)"));
        Browser.screenshot(browser, "phone-juror-film");
        fitsTheScreenWithSignOutInView("Se déconnecter");
        showsItsWholeValue("vaadin-select.yi-quality", "Automatique (360p)");
    }

    @Test
    void anOrganiserInSpanishReadsTheHeaderTheDeadlineAndTheProgressByJurorInFull() {
        JudgingScenario scenario = JudgingScenario.create(context);
        scenario.dates(null, Instant.now().plus(Duration.ofDays(20)));
        ActingAccount juror = scenario.juror("Philippa Phone");
        scenario.panel(juror);
        scenario.submit(scenario.film("Harbour lights"), juror, 100, 7, 7, 7);
        scenario.assign(List.of(scenario.film("Second film")), juror);
        ActingAccount organiser = preferences.changeLanguage(scenario.signedUp(scenario.organiser()), "es");

        Browser.asAPhone(browser);
        JudgingPages.signIn(browser, judging.port(), organiser.email(), JudgingScenario.PASSWORD);
        // the tests share one database: this edition may be far down the list, so wait for the list's first rows
        wait.until(d -> d.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .anyMatch(cell -> cell.getText().startsWith("Youth Images")));
        Browser.screenshot(browser, "phone-organiser-editions");
        fitsTheScreenWithSignOutInView("Cerrar sesión");

        // the rounds screen opens on the edition opened last, and the tests share one database: open this one first
        browser.get("http://localhost:" + judging.port() + "/organiser/editions/" + scenario.edition().id());
        wait.until(d -> !d.findElements(By.tagName("vaadin-tabsheet")).isEmpty());
        browser.get("http://localhost:" + judging.port() + "/organiser/rounds");
        wait.until(d -> d.getPageSource().contains("(Europe/Zurich)"));
        Browser.screenshot(browser, "phone-organiser-rounds");
        fitsTheScreenWithSignOutInView("Cerrar sesión");
        everyCellReadsInFull();

        browser.get("http://localhost:" + judging.port() + "/organiser/rounds/" + scenario.round().id() + "/assignment");
        wait.until(d -> d.getPageSource().contains("Philippa Phone") && d.getPageSource().contains("(Europe/Zurich)"));
        Browser.screenshot(browser, "phone-organiser-assignment");
        fitsTheScreenWithSignOutInView("Cerrar sesión");
        everyCellReadsInFull();
    }

    private void fitsTheScreenWithSignOutInView(String signOut) {
        // the header used to squeeze the view's title to "E…" or nothing to make room for the language and Sign out
        var button = wait.until(d -> d.findElement(By.xpath("//vaadin-button[contains(., '" + signOut + "')]")));
        wait.until(d -> ((Number) browser.executeScript("return arguments[0].getBoundingClientRect().width", button))
                .doubleValue() > 0);
        assertThat(((Number) browser.executeScript("""
                const r = arguments[0].getBoundingClientRect();
                return (r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight) ? 1 : 0;""",
                button)).intValue()).as("Sign out lies inside the screen").isEqualTo(1);
        var title = browser.findElement(By.cssSelector(".yi-view-title"));
        assertThat(title.getRect().getWidth()).as("the view's title is shown").isPositive();
        assertThat(((Number) browser.executeScript(TEXT_CUT_OFF, title)).intValue())
                .as("pixels of the view's title cut off").isLessThanOrEqualTo(0);
        assertThat(((Number) browser.executeScript(SIDEWAYS_OVERFLOW)).intValue())
                .as("pixels the page scrolls sideways").isLessThanOrEqualTo(0);
    }

    private void showsItsWholeValue(String css, String value) {
        var field = browser.findElement(By.cssSelector(css));
        assertThat(field.getText()).contains(value);
        assertThat(((Number) browser.executeScript(TEXT_CUT_OFF, field)).intValue())
                .as("pixels of " + css + "'s value cut off").isLessThanOrEqualTo(0);
        assertThat(((Number) browser.executeScript("return arguments[0].getBoundingClientRect().right", field))
                .doubleValue()).as(css + " inside the screen").isLessThanOrEqualTo(390);
    }

    /** No cell of the grid on screen is cut short: a date with its time zone reads in full. */
    private void everyCellReadsInFull() {
        Object cut = browser.executeScript("""
                return [...document.querySelectorAll('vaadin-grid-cell-content')]
                    .filter(c => c.offsetParent !== null && c.textContent.trim() && c.scrollWidth > c.clientWidth)
                    .map(c => c.textContent.trim());""");
        assertThat((List<?>) cut).as("cells cut short").isEmpty();
    }

    private long assignmentOf(ActingAccount juror, String title) {
        long round = queue.rounds(juror).getFirst().roundId();
        return queue.queue(juror, round, QueueFilter.ALL, 0, 10).stream().filter(f -> f.title().equals(title))
                .findFirst().orElseThrow().assignmentId();
    }
}
