package org.youthimages.app.judging;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.youthimages.app.testing.Axe;
import org.youthimages.app.testing.Browser;
import org.youthimages.app.testing.JudgingPages;
import org.youthimages.app.testing.SampleMedia;
import org.youthimages.app.testing.Videos;
import org.youthimages.judging.server.JudgingServer;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.MediaAssetRepository;
import org.youthimages.storage.judging.JudgingQueue;
import org.youthimages.storage.judging.QueueFilter;
import org.youthimages.storage.judging.ScorecardSheet;
import org.youthimages.storage.judging.Scorecards;
import org.youthimages.storage.judging.WatchTime;
import org.youthimages.storage.objects.ObjectStore;
import org.youthimages.storage.testing.JudgingScenario;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A juror's whole visit in a real headless Chromium: signs in, opens the next film, the video really plays,
 * scores and comments are saved as a draft, survive a reload, and the scorecard is submitted.
 */
@MicronautTest(transactional = false)
class JurorBrowserIT {

    private static final int SECONDS = 10;

    @Inject ApplicationContext context;
    @Inject JudgingServer judging;
    @Inject ObjectStore store;
    @Inject MediaAssetRepository assets;
    @Inject JudgingQueue queue;
    @Inject Scorecards scorecards;
    @Inject WatchTime watchTime;

    @TempDir Path folder;

    private final ChromeDriver browser = Browser.start();
    private final WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void aJurorSignsInWatchesAFilmScoresItReloadsFindsTheDraftAndSubmits() throws Exception {
        ActingAccount juror = jurorWithOneFilm("Bea Browser", "Harbour lights");
        long assignment = onlyAssignment(juror);

        JudgingPages.signIn(browser, judging.port(), juror.email(), JudgingScenario.PASSWORD);
        wait.until(d -> d.getPageSource().contains("Watch next: Harbour lights"));
        screenshot("1-home");
        click(By.xpath("//vaadin-button[contains(., 'Watch next')]"));
        wait.until(d -> d.getCurrentUrl().contains("/film/" + assignment));
        wait.until(d -> !d.findElements(By.cssSelector(".yi-scrubber")).isEmpty());
        assertThat(Axe.violations(browser)).as("the film screen").isEqualTo("[]");

        assertThat(Videos.playsForAWhile(browser)).isGreaterThan(1.0);
        assertThat(js("return document.querySelector('.yi-scrubber').getAttribute('aria-valuemax')"))
                .as("the scrubber, a slider over the film's seconds").isEqualTo(String.valueOf(SECONDS));
        wait.until(d -> js("return document.querySelector('video').textTracks.length") instanceof Long count && count == 1);
        assertThat(js("return document.querySelector('.yi-player').dataset.rendition")).isEqualTo("360p");
        assertThat(scaleRows()).as("beside the film, a scale's ten scores in two rows of five").isEqualTo("5 5");
        screenshot("2-playing");

        long story = scorecards.open(juror, assignment).criteria().getFirst().criterionId();
        chooseScore(story, 8);
        typeInto("overall", "A brave and tender film.");
        wait.until(d -> scorecards.open(juror, assignment).overallComment().equals("A brave and tender film."));
        assertThat(js("const body = document.querySelector('.yi-film-body').getBoundingClientRect();"
                + " const stage = document.querySelector('.yi-player-stage').getBoundingClientRect();"
                + " return body.top < 0 && stage.top >= 0 && stage.bottom <= window.innerHeight"))
                .as("scrolled down to the comment, the juror still sees the film").isEqualTo(true);
        assertThat(scorecards.open(juror, assignment).score(story).value()).isEqualTo(8);
        wait.until(d -> watchTime.watched(juror, assignment).signum() > 0);

        browser.executeCdpCommand("Emulation.setTimezoneOverride", java.util.Map.of("timezoneId", "America/Lima"));
        browser.navigate().refresh();
        wait.until(d -> "A brave and tender film.".equals(
                js("const a = document.querySelector(\"vaadin-text-area[data-yi-field='overall']\"); return a && a.value")));
        assertThat(checkedScore(story)).isEqualTo("8");
        screenshot("3-draft-after-reload");

        for (var criterion : scorecards.open(juror, assignment).criteria().subList(1, 3)) {
            chooseScore(criterion.criterionId(), 6);
        }
        wait.until(d -> scorecards.open(juror, assignment).complete());
        click(By.xpath("//vaadin-button[contains(., 'Submit the scorecard')]"));
        wait.until(d -> d.getPageSource().contains("Submit without watching the whole film?"));
        screenshot("4-confirm-short-watch");
        click(By.xpath("//vaadin-confirm-dialog//vaadin-button[contains(., 'Submit anyway')] | "
                + "//vaadin-button[@slot='confirm-button'][contains(., 'Submit anyway')]"));
        wait.until(d -> scorecards.open(juror, assignment).state() == ScorecardSheet.State.SUBMITTED);
        wait.until(d -> d.getPageSource().contains("The scorecard is locked"));
        screenshot("5-submitted");

        ScorecardSheet submitted = scorecards.open(juror, assignment);
        assertThat(browser.getPageSource()).as("when it was submitted, on the juror's own clock")
                .contains("Submitted on " + java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm")
                        .withZone(java.time.ZoneId.of("America/Lima")).format(submitted.submittedAt()) + " (America/Lima)");
        assertThat(submitted.score(story).value()).isEqualTo(8);
        assertThat(submitted.watchedPercent().signum()).isPositive();

        fitsOnATabletInPortrait();
        fitsOnAPhone();
        click(By.xpath("//vaadin-button[contains(., 'Sign out')]"));
        wait.until(d -> d.getCurrentUrl().contains("/login"));
        browser.get("http://localhost:" + judging.port() + "/film/" + assignment);
        wait.until(d -> d.getCurrentUrl().contains("/login"));
    }

    /** On a tablet held upright (820 × 1180) the film screen needs no sideways scrolling. */
    private void fitsOnATabletInPortrait() {
        onAScreenOf(820, 1180, () -> {
            assertThat(scaleRows()).as("under the film, a scale's ten scores in one row").isEqualTo("10");
            screenshot("8-tablet");
        });
    }

    /** On a phone (390 px wide) too, with Previous and Next side by side when the navigation wraps. */
    private void fitsOnAPhone() {
        onAScreenOf(390, 844, () -> {
            assertThat(js("const [previous, next] = [...document.querySelectorAll('.yi-film-nav vaadin-button')]"
                    + ".map(b => b.getBoundingClientRect()); return previous.top === next.top && previous.right < next.left"))
                    .as("Previous and Next on one row").isEqualTo(true);
            assertThat(scaleRows()).isEqualTo("5 5");
            screenshot("9-phone");
        });
    }

    /** Resizes the window, waits until the page fits it without sideways scrolling, checks, and goes back to 1280 × 900. */
    private void onAScreenOf(int width, int height, Runnable checks) {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        wait.until(d -> ((Number) js("return window.innerWidth")).intValue() <= width);
        wait.until(d -> ((Number) js("return document.documentElement.scrollWidth")).intValue()
                <= ((Number) js("return window.innerWidth")).intValue());
        checks.run();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    }

    @Test
    void whatTheJurorTypesWhileOfflineSurvivesClosingThePage() throws Exception {
        ActingAccount juror = jurorWithOneFilm("Otto Offline", "Night train");
        long assignment = onlyAssignment(juror);
        JudgingPages.signIn(browser, judging.port(), juror.email(), JudgingScenario.PASSWORD);
        String filmPage = "http://localhost:" + judging.port() + "/film/" + assignment;
        browser.get(filmPage);
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-text-area[data-yi-field='note'] textarea")).isEmpty());

        browser.setNetworkConditions(offline(true));
        typeInto("note", "Written on a train without signal");
        wait.until(d -> String.valueOf(js("return localStorage.getItem('yi-scorecard-" + assignment + "')"))
                .contains("Written on a train without signal"));
        wait.until(d -> "Offline: your changes are kept in this browser and saved when the connection returns."
                .equals(js("const p = document.querySelector('.yi-save-pending'); return p.hidden ? null : p.textContent")));
        // Vaadin's own message, in the juror's language. The indicator learns of the lost connection on its own
        // schedule, a moment before or after the page's own notice above: until then it shows its "Online" text.
        // Which of its two messages it shows depends on what it notices first: the browser going offline ("Offline.
        // Your work is kept…") or the note's request failing ("Connection lost. Trying to reconnect…", for as long
        // as it keeps trying); both are Vaadin's, translated. Waiting for one alone failed a CI run.
        wait.until(d -> {
            String indicator = String.valueOf(js("return document.querySelector('vaadin-connection-indicator')"
                    + ".textContent"));
            return indicator.contains("Offline. Your work is kept in this browser")
                    || indicator.contains("Connection lost. Trying to reconnect");
        });
        screenshot("6-offline");
        // The juror closes the page once it has tried to send the note and found no network. Closed sooner, while the
        // note still waited out the field's send delay, it sometimes reached the server anyway once Chromium
        // (156.0.8078.114) was back online, and the check below raced with it.
        wait.until(d -> "reconnecting".equals(js("return window.Vaadin.connectionState.state")));
        browser.get("about:blank");
        browser.setNetworkConditions(offline(false));
        assertThat(scorecards.open(juror, assignment).privateNote()).isEmpty();

        browser.get(filmPage);

        wait.until(d -> scorecards.open(juror, assignment).privateNote().equals("Written on a train without signal"));
        wait.until(d -> d.getPageSource().contains("restored"));
        wait.until(d -> String.valueOf(js("const s = document.querySelector('.yi-save-status'); return s.hidden ? '' : s.textContent"))
                .startsWith("Draft saved at"));
        assertThat(js("return document.querySelector('.yi-save-pending').hidden")).isEqualTo(true);
        screenshot("7-restored");
    }

    @Test
    void aNotePastedWithAControlCharacterIsSavedWithoutItAndTheDraftSaysSo() {
        ActingAccount juror = jurorWithOneFilm("Pat Paster", "Harbour lights");
        long assignment = onlyAssignment(juror);
        JudgingPages.signIn(browser, judging.port(), juror.email(), JudgingScenario.PASSWORD);
        browser.get("http://localhost:" + judging.port() + "/film/" + assignment);
        WebElement note = wait.until(d -> d.findElement(By.cssSelector("vaadin-text-area[data-yi-field='note'] textarea")));

        // as a paste from another document delivers it: one input, then the change when the field is left
        browser.executeScript("arguments[0].focus(); arguments[0].value = 'Copied from the minutes\\u0000, page 2';"
                + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", note);

        wait.until(d -> scorecards.open(juror, assignment).privateNote().equals("Copied from the minutes, page 2"));
        wait.until(d -> String.valueOf(js("const s = document.querySelector('.yi-save-status'); return s.hidden ? '' : s.textContent"))
                .startsWith("Draft saved at"));
        assertThat(js("return document.querySelector('.yi-save-pending').hidden")).isEqualTo(true);
    }

    /** A juror with a password, and one film of ten seconds with all its media, assigned in an open round. */
    private ActingAccount jurorWithOneFilm(String name, String title) {
        JudgingScenario scenario = JudgingScenario.create(context);
        ActingAccount juror = scenario.signedUpJuror(name);
        Entry film = scenario.film(title, "AGE_13_17", "PE", SECONDS * 1000L);
        new SampleMedia(store, assets).addAll(film, SECONDS, folder);
        scenario.assign(List.of(film), juror);
        return juror;
    }

    private long onlyAssignment(ActingAccount juror) {
        long round = queue.rounds(juror).getFirst().roundId();
        return queue.queue(juror, round, QueueFilter.ALL, 0, 1).getFirst().assignmentId();
    }

    private static org.openqa.selenium.chromium.ChromiumNetworkConditions offline(boolean offline) {
        org.openqa.selenium.chromium.ChromiumNetworkConditions conditions =
                new org.openqa.selenium.chromium.ChromiumNetworkConditions();
        conditions.setOffline(offline);
        return conditions;
    }

    /** How many of the first scale's scores share each row, top to bottom, e.g. "5 5"; rows must line up in columns. */
    private String scaleRows() {
        return (String) js("const points = [...document.querySelectorAll('vaadin-radio-group.yi-scale')[0]"
                + ".querySelectorAll('.yi-point')].map(p => p.getBoundingClientRect());"
                + " const rows = new Map(); points.forEach(p => rows.set(Math.round(p.top), (rows.get(Math.round(p.top)) || []).concat(p)));"
                + " const lined = [...rows.values()].every(row => row.every((p, i) => Math.round(p.left) === Math.round(points[i].left)));"
                + " return [...rows.values()].map(row => row.length).join(' ') + (lined ? '' : ' (not in columns)');");
    }

    private void chooseScore(long criterion, int value) {
        WebElement point = wait.until(d -> d.findElement(By.cssSelector(
                "vaadin-radio-group[data-yi-field='score:" + criterion + "'] [data-score='" + value + "']")));
        browser.executeScript("arguments[0].closest('vaadin-radio-button').click()", point);
    }

    private String checkedScore(long criterion) {
        return (String) js("const c = document.querySelector(\"vaadin-radio-group[data-yi-field='score:" + criterion
                + "'] vaadin-radio-button[checked] [data-score]\"); return c ? c.getAttribute('data-score') : null");
    }

    private void typeInto(String field, String text) {
        WebElement area = browser.findElement(By.cssSelector("vaadin-text-area[data-yi-field='" + field + "'] textarea"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", area);
        area.sendKeys(text);
    }

    private void click(By by) {
        WebElement element = wait.until(d -> d.findElement(by));
        browser.executeScript("arguments[0].click()", element);
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private void screenshot(String name) {
        Browser.screenshot(browser, "juror-" + name);
    }
}
