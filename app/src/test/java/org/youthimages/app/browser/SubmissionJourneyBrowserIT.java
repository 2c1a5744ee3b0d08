package org.youthimages.app.browser;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.youthimages.app.mail.MailDelivery;
import org.youthimages.app.testing.Browser;
import org.youthimages.app.testing.Digests;
import org.youthimages.app.testing.EntryForm;
import org.youthimages.app.testing.SampleEntrants;
import org.youthimages.app.testing.TestClips;
import org.youthimages.app.testing.TestMailServer;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.EntryRepository;
import org.youthimages.storage.entry.MediaAsset;
import org.youthimages.storage.entry.MediaAssetRepository;
import org.youthimages.storage.job.JobRepository;
import org.youthimages.storage.job.TranscodeJob;
import org.youthimages.storage.objects.ObjectStore;
import org.youthimages.storage.submission.SecretTokens;
import org.youthimages.storage.upload.UploadSession;
import org.youthimages.storage.upload.UploadSessionRepository;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A young person, in French, fills the form, uploads a real clip with tus-js-client over a slow link, loses the
 * page half way, comes back, resumes where it stopped, and follows the film on the status page while the
 * platform's own worker transcodes it, until it is ready and plays.
 */
@MicronautTest(transactional = false)
@Property(name = "yi.worker.threads", value = "1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubmissionJourneyBrowserIT implements TestPropertyProvider {

    @Inject EmbeddedServer server;
    @Inject SampleEntrants samples;
    @Inject EntryRepository entries;
    @Inject UploadSessionRepository uploads;
    @Inject MediaAssetRepository assets;
    @Inject JobRepository jobs;
    @Inject ObjectStore objects;
    @Inject MailDelivery mail;

    @TempDir Path folder;

    private final ChromeDriver browser = Browser.start();
    private final WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90));

    @Override
    public @NonNull Map<String, String> getProperties() {
        return TestMailServer.properties();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void submitsAFilmResumesAfterTheConnectionBreaksAndFollowsItToTheJury() throws Exception {
        Path clip = TestClips.noisyClip(folder.resolve("mon film.mp4"), 62, 900_000);
        Edition edition = samples.openEdition();
        String email = "amina-" + UUID.randomUUID() + "@example.org";

        browser.get(server.getURL() + "/editions/" + edition.slug() + "?lang=fr");
        browser.findElement(By.linkText("Envoyer votre film")).click();
        fillTheForm(email);
        browser.findElement(By.id("send")).click();
        wait.withMessage(() -> "still on the form: " + browser.getCurrentUrl() + " " + ((JavascriptExecutor) browser).executeScript("return document.body.innerText") + " " + browser.findElements(By.id("error-summary")).stream()
                .map(WebElement::getText).toList()).until(d -> d.getCurrentUrl().contains("/entries/"));
        String token = browser.getCurrentUrl().replaceAll(".*/entries/([A-Za-z0-9_-]{43}).*", "$1");
        Entry entry = entries.findByStatusTokenHash(SecretTokens.hash(token)).orElseThrow();
        assertThat(browser.findElement(By.className("reference")).getText()).isEqualTo(entry.reference());

        assertThat(browser.findElement(By.id("upload-pause")).isDisplayed()).isFalse();
        slowUploadLink();
        browser.findElement(By.id("film-file")).sendKeys(clip.toString());
        browser.findElement(By.id("upload-start")).click();
        try {
            wait.until(d -> progress() >= 40);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(uploadState() + " console: " + browser.manage().logs().get("browser").getAll(), e);
        }
        browser.navigate().refresh();

        UploadSession cut = waitForTheServerToKeepThePartialUpload(entry);
        assertThat(cut.offset()).isPositive().isLessThan(Files.size(clip));
        assertThat(browser.findElement(By.id("upload-resume")).getText()).contains("mon film.mp4");

        browser.findElement(By.id("film-file")).sendKeys(clip.toString());
        browser.findElement(By.id("upload-start")).click();
        wait.until(d -> "true".equals(d.findElement(By.id("upload")).getDomAttribute("data-resumed")));
        wait.until(d -> d.getPageSource().contains("Film reçu"));
        // the page reloads itself 1.5 s after the last byte; look before the worker can finish a short clip
        boolean preparingShownOnArrival = showsPreparation();

        List<UploadSession> sessions = uploads.findByEntryIdOrderByCreatedAt(entry.id());
        assertThat(sessions).singleElement().satisfies(s -> assertThat(s.state()).isEqualTo(UploadSession.State.COMPLETED));
        MediaAsset original = assets.findByEntryIdAndKindAndLabel(entry.id(), MediaAsset.Kind.ORIGINAL, "").orElseThrow();
        String fileSha = Digests.sha256(Files.newInputStream(clip));
        assertThat(original.sha256()).isEqualTo(fileSha);
        assertThat(Digests.sha256(objects.get(original.objectKey()))).isEqualTo(fileSha);
        assertThat(original.sizeBytes()).isEqualTo(Files.size(clip));
        assertThat(entries.findById(entry.id()).orElseThrow().status()).isNotEqualTo(Entry.Status.AWAITING_UPLOAD);
        assertThat(jobs.findByDedupeKey(new TranscodeJob(entry.id(), original.id()).dedupeKey())).isPresent();

        while (mail.deliverDue() > 0) {
            // the shared test database holds other tests' emails too: deliver them all
        }
        assertThat(TestMailServer.messagesTo(email)).extracting(MimeMessage::getSubject)
                .anySatisfy(s -> assertThat(s).startsWith("Votre participation " + entry.reference()))
                .anySatisfy(s -> assertThat(s).isEqualTo("Nous avons reçu votre film (" + entry.reference() + ")"));

        followTheRealWorkerToReady(entry, preparingShownOnArrival);
        WebElement video = browser.findElement(By.tagName("video"));
        assertThat(video.getDomAttribute("poster")).contains("/posters/w");
        assertThat(browser.getPageSource()).contains("Votre film est prêt pour le jury");
        wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                "const v = document.querySelector('video'); v.muted = true; v.play(); return v.readyState;"))
                .intValue() >= 2);
        assertThat(Browser.refusedByContentSecurityPolicy(browser)).isEmpty();
    }

    /** The in-app worker transcodes the uploaded clip; the page shows it processing, then ready. */
    private void followTheRealWorkerToReady(Entry entry, boolean sawProcessing) throws InterruptedException {
        for (int i = 0; i < 900; i++) {
            browser.navigate().refresh();
            sawProcessing |= showsPreparation();
            Entry.Status status = entries.findById(entry.id()).orElseThrow().status();
            assertThat(status).as("the worker refused the film").isNotEqualTo(Entry.Status.REJECTED);
            if (status == Entry.Status.READY) {
                browser.navigate().refresh();
                assertThat(sawProcessing).as("the status page showed the film being prepared").isTrue();
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The film never became ready: " + entries.findById(entry.id()).orElseThrow());
    }

    private boolean showsPreparation() {
        return !browser.findElements(By.id("processing-progress")).isEmpty()
                || browser.getPageSource().contains("Votre film est en préparation");
    }

    private void fillTheForm(String email) {
        new EntryForm(browser).fillAnAdultsEntry("Le long chemin",
                "Deux sœurs traversent trois frontières et trouvent un nouveau foyer.", "fr", email);
        assertThat(browser.findElement(By.id("category-output")).getText()).contains("18 to 25");
        assertThat(browser.findElement(By.id("guardian-fields")).isDisplayed()).isFalse();
    }

    /** About 300 kB/s up, as a phone on a weak link: the upload takes long enough to be cut half way. */
    private void slowUploadLink() {
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 20,
                "downloadThroughput", -1, "uploadThroughput", 300_000));
    }

    private String uploadState() {
        return "upload message: " + browser.findElement(By.id("upload-message")).getText() + ", progress "
                + browser.findElement(By.id("upload-bar")).getDomProperty("value") + ", tus: "
                + ((JavascriptExecutor) browser).executeScript("return typeof window.tus + ' ' + (window.tus && tus.isSupported)")
                + ", percent " + browser.findElement(By.id("upload-percent")).getText();
    }

    private int progress() {
        String value = browser.findElement(By.id("upload-bar")).getDomProperty("value");
        return value == null ? 0 : (int) Double.parseDouble(value);
    }

    private UploadSession waitForTheServerToKeepThePartialUpload(Entry entry) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<UploadSession> sessions = uploads.findByEntryIdOrderByCreatedAt(entry.id());
            if (!sessions.isEmpty() && sessions.getFirst().offset() > 0 && sessions.getFirst().leaseToken() == null) {
                return sessions.getFirst();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The server kept nothing of the upload that broke off");
    }
}
