package org.youthimages.app.organiser;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.youthimages.app.testing.Browser;
import org.youthimages.app.testing.JudgingPages;
import org.youthimages.app.testing.SubmissionForms;
import org.youthimages.app.testing.TestClips;
import org.youthimages.app.testing.TusUploads;
import org.youthimages.app.testing.Videos;
import org.youthimages.app.testing.WebClient;
import org.youthimages.judging.server.JudgingServer;
import org.youthimages.storage.account.Account;
import org.youthimages.storage.account.AccountRepository;
import org.youthimages.storage.account.PasswordHasher;
import org.youthimages.storage.account.Role;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.EntryRepository;
import org.youthimages.storage.submission.SecretTokens;
import org.youthimages.storage.testing.SampleEditions;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organiser's whole edition in a real headless Chromium: signs in, creates a new edition with its age category,
 * theme and jury round, a young person enters a film through the public site, the platform's own worker prepares
 * it, the organiser screens it eligible, awards it and publishes the winners, and the public gallery shows the
 * winner with a video that really plays.
 */
@MicronautTest(transactional = false)
@Property(name = "yi.worker.threads", value = "1")
class OrganiserJourneyBrowserIT {

    private static final String PASSWORD = "a long and private organiser passphrase";
    private static final String DIALOG = "(//vaadin-dialog-overlay[@opened] | //vaadin-dialog[@opened])";
    private static final String FILM = SubmissionForms.valid().get("title");

    @Inject EmbeddedServer server;
    @Inject JudgingServer judging;
    @Inject AccountRepository accounts;
    @Inject PasswordHasher hasher;
    @Inject EntryRepository entries;

    @TempDir Path folder;

    @AutoClose("quit")
    private final ChromeDriver browser = Browser.start();
    private final WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

    @Test
    void anOrganiserCreatesAnEditionScreensAwardsAndPublishesAFilmWhoseVideoPlaysInThePublicGallery()
            throws Exception {
        String slug = SampleEditions.uniqueSlug("journey");
        String name = "Youth Images " + slug;
        JudgingPages.signIn(browser, judging.port(), organiser().email(), PASSWORD);

        createsTheEdition(name, slug);
        addsPart("Age categories", "Add an age category",
                Map.of("Category", "18 to 25", "Code", "AGE_18_25", "From age", "18", "To age", "25"), "AGE_18_25");
        addsPart("Themes", "Add a theme", Map.of("Theme", "Belonging", "Code", "BELONGING"), "BELONGING");
        addsAJuryRoundWithACriterion();
        screenshot("4-rounds");

        Entry entry = aYoungPersonEntersAFilm(slug);
        theWorkerPreparesIt(entry);

        screensItEligible(entry);
        awardsIt();
        publishesTheWinnersAndOpensTheGallery(slug);

        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(name);
        WebElement winner = browser.findElement(By.id("film-" + entry.id()));
        assertThat(winner.findElement(By.tagName("h2")).getText()).isEqualTo(FILM);
        assertThat(winner.findElement(By.className("awards")).getText()).contains("Distinction, 18 to 25");
        assertThat(Videos.playsForAWhile(browser)).isGreaterThan(1.0);
        screenshot("9-gallery-playing");
    }

    /** An organiser account that has chosen its password. */
    private Account organiser() {
        return accounts.save(Account.invited("olga." + UUID.randomUUID() + "@organisers.example.org",
                "Olga Organiser", "en", Role.ORGANISER).withPasswordHash(hasher.hash(PASSWORD)));
    }

    /** The rules: a live edition open since yesterday in its own time zone, for films of 10 seconds or more. */
    private void createsTheEdition(String name, String slug) {
        browser.get(judgingUrl("editions"));
        click(By.xpath("//vaadin-button[normalize-space()='New edition']"));
        wait.until(d -> d.getCurrentUrl().endsWith("/organiser/editions/new"));
        type("", "vaadin-text-field", "Name", name);
        type("", "vaadin-text-field", "Address name", slug);
        type("", "vaadin-text-area", "Theme of the edition", "Where I belong");
        click(By.xpath("//vaadin-select[label[normalize-space()='State']]"));
        click(By.xpath("//vaadin-select-item[normalize-space()='Live']"));
        LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/Zurich")).minusDays(1);
        type("", "vaadin-date-time-picker", "Submissions open", yesterday.toString());
        type("", "vaadin-date-time-picker", "Submissions open", "00:00", 1);
        type("", "vaadin-integer-field", "Shortest film (seconds)", "10");
        screenshot("1-new-edition");
        click(By.xpath("//vaadin-button[normalize-space()='Save']"));
        wait.withMessage(this::visibleText).until(d -> d.getCurrentUrl().matches(".*/organiser/editions/\\d+$"));
        wait.until(d -> d.getTitle().contains(name));
        assertThat(shown("vaadin-date-time-picker", "Submissions open"))
                .as("dates as ISO and times on the 24-hour clock, which no organiser reads the wrong way round")
                .containsExactly(yesterday.toString(), "00:00");
    }

    /** Opens the tab, adds one part through its dialog, and sees it in the tab's list by its code. */
    private void addsPart(String tab, String add, Map<String, String> fields, String code) {
        click(By.xpath("//vaadin-tab[normalize-space()='" + tab + "']"));
        click(By.xpath("//vaadin-button[normalize-space()='" + add + "']"));
        fields.forEach((label, value) -> type(DIALOG, "*", label, value));
        click(By.xpath(DIALOG + "//vaadin-button[normalize-space()='Save']"));
        wait.withMessage(this::visibleText)
                .until(d -> !d.findElements(By.xpath(cell(code))).isEmpty());
        screenshot("2-" + code.toLowerCase().replaceAll("\\W+", "-"));
    }

    private void addsAJuryRoundWithACriterion() {
        addsPart("Rounds", "Add a round", Map.of("Round", "International jury"), "International jury");
        click(By.xpath("//vaadin-button[normalize-space()='Criteria (0)']"));
        click(By.xpath(DIALOG + "//vaadin-button[normalize-space()='Add a criterion']"));
        type(DIALOG, "*", "Criterion", "Storytelling");
        type(DIALOG, "*", "Code", "STORY");
        click(By.xpath(DIALOG + "//vaadin-button[normalize-space()='Save']"));
        wait.withMessage(this::visibleText).until(d -> !d.findElements(By.xpath(cell("Storytelling"))).isEmpty());
        screenshot("3-criteria");
        click(By.xpath(DIALOG + "//vaadin-button[normalize-space()='Close']"));
    }

    /** The public form, as a browser without JavaScript posts it, then the film with tus. */
    private Entry aYoungPersonEntersAFilm(String slug) throws Exception {
        Map<String, String> form = SubmissionForms.valid();
        form.put("mainTheme", "BELONGING");
        HttpResponse<String> submitted = new WebClient(server.getURI()).post("/editions/" + slug + "/submit", "en", form);
        String location = submitted.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("form refused: " + submitted.body()));
        String token = location.substring("/entries/".length(), location.indexOf('?'));
        TusUploads.uploadWhole(server.getURI(), token, TestClips.noisyClip(folder.resolve("film.mp4"), 15, 600_000));
        return entries.findByStatusTokenHash(SecretTokens.hash(token)).orElseThrow();
    }

    private void theWorkerPreparesIt(Entry entry) throws InterruptedException {
        for (int i = 0; i < 900; i++) {
            Entry.Status status = entries.findById(entry.id()).orElseThrow().status();
            assertThat(status).as("the worker refused the film").isNotEqualTo(Entry.Status.REJECTED);
            if (status == Entry.Status.READY) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The film never became ready: " + entries.findById(entry.id()).orElseThrow());
    }

    private void screensItEligible(Entry entry) {
        browser.get(judgingUrl("organiser/screening"));
        WebElement grid = wait.until(d -> d.findElement(By.tagName("vaadin-grid")));
        wait.withMessage(this::visibleText).until(d -> !d.findElements(By.xpath(cell(entry.reference()))).isEmpty());
        browser.executeScript("""
                const cell = [...arguments[0].querySelectorAll('vaadin-grid-cell-content')]
                    .find(c => c.textContent.trim() === arguments[1]);
                const row = cell.assignedSlot.closest('tr');
                [...row.querySelectorAll('slot')].flatMap(s => s.assignedElements())
                    .map(c => c.querySelector('vaadin-checkbox')).find(c => c).click();""", grid, entry.reference());
        screenshot("5-screening");
        click(By.xpath("//vaadin-button[normalize-space()='Eligible']"));
        wait.until(d -> d.getPageSource().contains("Decision recorded for one entry."));
        assertThat(entries.findById(entry.id()).orElseThrow().eligibility()).isEqualTo(Entry.Eligibility.ELIGIBLE);
    }

    /** The distinction of the film's age category, with the jury's reason. */
    private void awardsIt() {
        browser.get(judgingUrl("organiser/awards"));
        WebElement film = wait.until(d -> d.findElement(By.xpath("//vaadin-combo-box[label[normalize-space()='Film']]//input")));
        film.sendKeys(FILM);
        click(By.xpath("//vaadin-combo-box-item[contains(., '" + FILM + "')]"));
        type("", "vaadin-text-area", "The jury’s reason", "A brave and tender journey, told with great care.");
        screenshot("6-award");
        click(By.xpath("//vaadin-button[normalize-space()='Record the award']"));
        wait.withMessage(this::visibleText).until(d -> !d.findElements(By.xpath(
                cell("A brave and tender journey, told with great care."))).isEmpty());
        assertThat(browser.findElements(By.xpath(cell("Distinction of its age category")))).isNotEmpty();
    }

    private void publishesTheWinnersAndOpensTheGallery(String slug) {
        click(By.xpath("//vaadin-button[normalize-space()='Publish the winners']"));
        click(By.xpath("//vaadin-confirm-dialog//vaadin-button[normalize-space()='Publish the winners'] | "
                + "//vaadin-button[@slot='confirm-button'][normalize-space()='Publish the winners']"));
        wait.withMessage(this::visibleText).until(d -> d.getPageSource().contains("Published since"));
        screenshot("7-published");
        String home = browser.getWindowHandle();
        click(By.xpath("//a[normalize-space()='Open the public gallery']"));
        wait.until(d -> d.getWindowHandles().size() == 2);
        browser.switchTo().window(browser.getWindowHandles().stream().filter(h -> !h.equals(home)).findFirst()
                .orElseThrow());
        wait.until(d -> d.getCurrentUrl().equals(server.getURI().resolve("/winners/" + slug).toString()));
        wait.until(d -> !d.findElements(By.tagName("video")).isEmpty());
        screenshot("8-gallery");
    }

    /** Types into the field with this label (replacing what it held) and leaves it, as a person does. */
    private void type(String scope, String component, String label, String text) {
        type(scope, component, label, text, 0);
    }

    /** Types into the field's n-th input: a date and time field has two, the date's and the time's. */
    private void type(String scope, String component, String label, String text, int input) {
        WebElement field = wait.until(d -> {
            List<WebElement> found = d.findElements(By.xpath(inputs(scope, component, label)));
            return found.size() > input ? found.get(input) : null;
        });
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
    }

    /** What the labelled field's inputs show. */
    private List<String> shown(String component, String label) {
        return wait.until(d -> {
            List<WebElement> found = d.findElements(By.xpath(inputs("", component, label)));
            return found.isEmpty() ? null : found;
        }).stream().map(input -> input.getDomProperty("value")).toList();
    }

    private static String inputs(String scope, String component, String label) {
        return scope + "//" + component + "[label[normalize-space()='" + label + "']]//*[self::input or self::textarea]";
    }

    private static String cell(String text) {
        return "//vaadin-grid-cell-content[normalize-space()='" + text + "']";
    }

    private void click(By by) {
        WebElement element = wait.withMessage(this::visibleText).until(d -> d.findElement(by));
        browser.executeScript("arguments[0].click()", element);
    }

    private String judgingUrl(String path) {
        return "http://localhost:" + judging.port() + "/" + path;
    }

    /** What the page said, for a failure's message. */
    private String visibleText() {
        screenshot("failure");
        return browser.getCurrentUrl() + "\n" + browser.executeScript("return document.body.innerText");
    }

    private void screenshot(String name) {
        Browser.screenshot(browser, "organiser-" + name);
    }
}
