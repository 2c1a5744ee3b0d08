package org.youthimages.app.browser;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.youthimages.app.testing.Axe;
import org.youthimages.app.testing.Browser;
import org.youthimages.app.testing.MediaStates;
import org.youthimages.app.testing.SampleEntrants;
import org.youthimages.app.testing.SubmissionForms;
import org.youthimages.app.testing.WebClient;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.MediaAsset;
import org.youthimages.storage.publication.Publishing;
import org.youthimages.storage.results.Award;
import org.youthimages.storage.results.AwardDecisions;
import org.youthimages.storage.submission.EntryRegistration;
import org.youthimages.storage.submission.SecretTokens;
import org.youthimages.storage.submission.SubmissionQueries;
import org.youthimages.storage.testing.JudgingScenario;
import org.youthimages.storage.testing.SampleWinners;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** axe-core in a real headless Chromium finds no WCAG 2.2 A/AA violation on the public pages, left to right and right to left. */
@MicronautTest(transactional = false)
class AccessibilityBrowserIT {

    @Inject EmbeddedServer server;
    @Inject SampleEntrants samples;
    @Inject MediaStates media;
    @Inject ApplicationContext context;
    @Inject AwardDecisions awards;
    @Inject Publishing publishing;

    private final ChromeDriver browser = Browser.start();
    private Edition edition;

    @BeforeEach
    void anEdition() {
        edition = samples.openEdition();
    }

    @AfterEach
    void closeBrowser() {
        try {
            assertThat(Browser.refusedByContentSecurityPolicy(browser))
                    .as("every page visited runs and shows all it has under the site's Content-Security-Policy").isEmpty();
        } finally {
            browser.quit();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar", "zh"})
    void theEditionPageHasNoViolations(String lang) {
        open("/editions/" + edition.slug() + "?lang=" + lang);
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo(lang);
        assertThat(Axe.violations(browser)).isEqualTo("[]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void theHomePageHasNoViolations(String lang) {
        open("/?lang=" + lang);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(edition.name());
        assertThat(Axe.violations(browser)).isEqualTo("[]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar", "ru"})
    void theFormHasNoViolationsEmptyOrShowingErrors(String lang) {
        open("/editions/" + edition.slug() + "/submit?lang=" + lang);
        assertThat(Axe.violations(browser)).isEqualTo("[]");

        browser.findElement(By.id("send")).click();

        // Asked by script: the submit reloads the page, and an element handle taken mid-way can belong to the old one.
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> "error-summary".equals(
                browser.executeScript("return document.activeElement && document.activeElement.id")));
        assertThat(browser.findElement(By.id("error-summary")).isDisplayed()).isTrue();
        assertThat(Axe.violations(browser)).isEqualTo("[]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void theStatusPageHasNoViolationsInEachState(String lang) {
        EntryRegistration.Registered entry = samples.entryIn(edition);
        String page = "/entries/" + entry.statusToken() + "?lang=" + lang;

        open(page);
        assertThat(Axe.violations(browser)).as("awaiting the film").isEqualTo("[]");

        MediaAsset original = media.received(entry.entry());
        media.processing(entry.entry(), original, 37);
        open(page);
        assertThat(Axe.violations(browser)).as("processing").isEqualTo("[]");

        media.ready(entry.entry(), new byte[] {0, 0, 0}, new byte[] {(byte) 0xFF, (byte) 0xD8});
        open(page);
        assertThat(browser.findElements(By.tagName("video"))).hasSize(1);
        assertThat(Axe.violations(browser)).as("ready").isEqualTo("[]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void aRejectedFilmsStatusPageHasNoViolations(String lang) {
        EntryRegistration.Registered entry = samples.entryIn(edition);
        media.received(entry.entry());
        media.rejected(entry.entry(), "NOT_DECODABLE");

        open("/entries/" + entry.statusToken() + "?lang=" + lang);

        assertThat(browser.findElement(By.id("rejection")).getText()).isNotBlank();
        assertThat(Axe.violations(browser)).isEqualTo("[]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void withdrawingAnEntryHasNoViolationsFromTheLinkToTheWithdrawnPage(String lang) {
        EntryRegistration.Registered entry = samples.entryIn(edition);
        media.received(entry.entry());
        open("/entries/" + entry.statusToken() + "?lang=" + lang);

        browser.findElement(By.cssSelector("#withdraw a")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("reason")).isEmpty());
        assertThat(Axe.violations(browser)).as("the question").isEqualTo("[]");
        browser.findElement(By.id("reason")).sendKeys("My cousin no longer wants to be in it");
        browser.findElement(By.cssSelector("button.danger")).click();

        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("withdrawn")).isEmpty());
        assertThat(browser.findElements(By.id("upload"))).isEmpty();
        assertThat(Axe.violations(browser)).as("the withdrawn entry's page").isEqualTo("[]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar", "ru"})
    void theGalleryBeforeAndAfterPublicationAWinnersPageAndTheJurysCommentsHaveNoViolations(String lang) {
        JudgingScenario scenario = JudgingScenario.create(context);
        Entry winner = scenario.film("Home is where the heart is");
        new SampleWinners(context).showable(winner);
        scenario.submit(winner, scenario.juror("ana"), "The last shot stayed with me.", "", 100, 8, 6, 7);
        String token = SecretTokens.newToken();
        context.getBean(SubmissionQueries.class).replaceStatusToken(winner.id(), SecretTokens.hash(token));
        awards.decide(scenario.organiser(), winner.id(), Award.Kind.CATEGORY_DISTINCTION, null, "Brave and tender");
        String gallery = "/winners/" + scenario.edition().slug();
        open(gallery + "?lang=" + lang);
        assertThat(browser.findElements(By.tagName("video"))).isEmpty();
        assertThat(Axe.violations(browser)).as("the gallery before publication").isEqualTo("[]");
        publishing.publish(scenario.organiser(), scenario.edition().id());

        open(gallery + "?lang=" + lang);
        assertThat(browser.findElements(By.tagName("video"))).hasSize(1);
        assertThat(Axe.violations(browser)).as("the gallery").isEqualTo("[]");

        open(gallery + "/films/" + winner.id() + "?lang=" + lang);
        assertThat(Axe.violations(browser)).as("a winner's page").isEqualTo("[]");

        open("/entries/" + token + "?lang=" + lang);
        assertThat(browser.findElement(By.id("jury-comments")).getText()).contains("The last shot stayed with me.");
        assertThat(Axe.violations(browser)).as("the winner's status page with the jury's comments").isEqualTo("[]");

        browser.findElement(By.cssSelector("#certificate a")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(By.className("certificate")).isEmpty());
        assertThat(Axe.violations(browser)).as("the certificate").isEqualTo("[]");
        byte[] pdf = Base64.getDecoder().decode(browser.print(new PrintOptions()).getContent());
        assertThat(Pattern.compile("/Type\\s*/Page[^s]").matcher(new String(pdf, StandardCharsets.ISO_8859_1))
                .results().count()).as("the certificate prints on one sheet").isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void aMinorsPagesFitA320PixelScreenWithoutScrollingSideways(String lang) throws Exception {
        Map<String, String> form = SubmissionForms.minor();
        form.put("guardianEmail", "guardian.of.a.young.film.maker." + System.nanoTime()
                + "@entrants.youth-images.example");
        HttpResponse<String> submitted = new WebClient(server.getURI())
                .post("/editions/" + edition.slug() + "/submit", lang, form);
        String status = submitted.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("form refused: " + submitted.body()));
        browser.manage().window().setSize(new Dimension(320, 800));

        for (String page : List.of("/editions/" + edition.slug(), "/editions/" + edition.slug() + "/submit",
                status)) {
            open(page + (page.contains("?") ? "&" : "?") + "lang=" + lang);
            assertThat(browser.executeScript("return window.innerWidth")).isEqualTo(320L);
            assertThat(browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                    .as("WCAG 1.4.10 reflow: %s scrolls sideways", page).isEqualTo(0L);
        }
        assertThat(browser.getPageSource()).contains(form.get("guardianEmail"));
        open(status + "?guardian=sent&lang=" + lang);
        assertThat(browser.getPageSource()).contains("guardian-email");
        assertThat(Axe.violations(browser)).as("a minor's status page, the guardian's email just sent again")
                .isEqualTo("[]");
    }

    private void open(String path) {
        browser.get(server.getURL() + path);
    }
}
