package org.youthimages.app.browser;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.youthimages.app.testing.Browser;
import org.youthimages.app.testing.CuttableLink;
import org.youthimages.app.testing.Digests;
import org.youthimages.app.testing.SampleEntrants;
import org.youthimages.app.testing.TestClips;
import org.youthimages.app.testing.UploadPanel;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.MediaAsset;
import org.youthimages.storage.entry.MediaAssetRepository;
import org.youthimages.storage.objects.ObjectStore;
import org.youthimages.storage.submission.EntryRegistration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An entrant uploads the film from a phone on a weak link: the connection drops and comes back, they pause and
 * resume, and the upload goes on by itself, shows only true figures, ends with the whole film in storage, and the
 * page then says so where they are looking.
 */
@MicronautTest(transactional = false)
class WeakNetworkUploadBrowserIT {

    private static final int PHONE_LINK = 200_000;
    /** How long the phone's bytes take to reach the site: some 200 kB are in the air when the signal goes. */
    private static final Duration SIGNAL_DELAY = Duration.ofSeconds(1);

    @Inject EmbeddedServer server;
    @Inject SampleEntrants samples;
    @Inject MediaAssetRepository assets;
    @Inject ObjectStore objects;

    @TempDir Path folder;

    @AutoClose("quit")
    private final ChromeDriver browser = Browser.start();
    @AutoClose
    private CuttableLink link;
    private Path film;
    private Entry entry;
    private final WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    private final UploadPanel upload = new UploadPanel(browser);

    @Test
    void theUploadGoesOnAsSoonAsTheConnectionReturnsAndShowsOnlyTrueFigures() throws Exception {
        startUploading(30);
        assertThat(upload.lookAtTheProgress()).as("the status page is taller than the phone's screen").isPositive();
        wait.until(d -> upload.percent() >= 20 && !upload.figures().isEmpty());

        theSignalGoes();
        long triesBefore = upload.requests("HEAD");
        // the fourth try fails about 9 s into the outage; the next would wait 10 s more
        wait.until(d -> upload.requests("HEAD") >= triesBefore + 4);
        assertThat(upload.message()).isEqualTo(upload.text("retrying"));
        assertThat(upload.figures()).as("no speed or time left without a connection").isEmpty();

        int speedsBefore = upload.speedsShown().size();
        long sendsBefore = upload.requests("PATCH");
        theSignalComesBack();
        new WebDriverWait(browser, Duration.ofSeconds(3)).withMessage("the upload went on as the connection returned")
                .until(d -> upload.requests("PATCH") > sendsBefore);
        wait.until(d -> upload.percent() > 0 && !upload.figures().isEmpty());
        assertThat(upload.message()).as("the connection message goes once bytes flow again").isEmpty();
        assertThat(upload.announcement()).as("and screen readers hear that the upload goes on")
                .startsWith("Envoi").endsWith("%");
        wait.until(d -> upload.speedsShown().size() >= speedsBefore + 3);
        assertThat(upload.speedsShown()).as("measured afresh after the break")
                .noneSatisfy(s -> assertThat(s.toString()).containsAnyOf("-", "−"));

        theFilmArrivesWhole();
        theArrivalIsInViewAndReadAloud();
        assertThat(Browser.refusedByContentSecurityPolicy(browser)).isEmpty();
    }

    @Test
    void whileThePageStaysOpenALongOutageNeverEndsTheUpload() throws Exception {
        startUploading(20);
        upload.fastClock(100);
        wait.until(d -> upload.percent() >= 10);

        theSignalGoes();
        long triesBefore = upload.requests("HEAD");
        // twenty tries are some eight minutes of waiting on the page's clock, more than tus-js-client's retries
        wait.until(d -> upload.requests("HEAD") >= triesBefore + 20);
        assertThat(upload.state()).isEqualTo("waiting");
        assertThat(upload.message()).isEqualTo(upload.text("retrying"));

        theSignalComesBack();
        theFilmArrivesWhole();
    }

    @Test
    void aPausedUploadOffersOneResumeControlAndGoesOnFromIt() throws Exception {
        startUploading(20);
        wait.until(d -> upload.percent() >= 10);

        upload.pressPauseOrResume();

        Browser.screenshot(browser, "upload-paused-on-a-phone");
        assertThat(upload.visibleButtons()).containsExactly("Reprendre");
        assertThat(upload.message()).isEqualTo("En pause. Appuyez sur Reprendre pour continuer.");
        assertThat(upload.state()).isEqualTo("paused");
        assertThat(upload.figures()).isEmpty();

        upload.pressPauseOrResume();
        wait.until(d -> "running".equals(upload.state()) && !upload.figures().isEmpty());
        assertThat(upload.visibleButtons()).containsExactly("Pause");
        assertThat(upload.message()).as("no longer paused").isEmpty();
        theFilmArrivesWhole();
    }

    @Test
    void theServersRefusalStillStopsTheUploadWithItsReason() throws Exception {
        Edition edition = samples.openEdition();
        openTheStatusPage(edition);
        samples.close(edition);

        upload.upload(TestClips.noisyClip(folder.resolve("film.mp4"), 5, 900_000));

        wait.until(d -> upload.message().equals("Cette édition n’accepte plus de nouveaux films."));
        assertThat(upload.state()).isEqualTo("stopped");
        assertThat(upload.visibleButtons()).containsExactly("Envoyer");
    }

    private void theSignalGoes() {
        link.cut();
        upload.offline();
    }

    private void theSignalComesBack() {
        link.restore();
        upload.slowLink(PHONE_LINK);
    }

    /** Opens a new entry's status page and starts uploading a clip of that many seconds over the phone's link. */
    private void startUploading(int seconds) throws Exception {
        film = TestClips.noisyClip(folder.resolve("film.mp4"), seconds, 900_000);
        entry = openTheStatusPage(samples.openEdition());
        upload.slowLink(PHONE_LINK);
        upload.upload(film);
    }

    private Entry openTheStatusPage(Edition edition) throws Exception {
        EntryRegistration.Registered registered = samples.entryIn(edition);
        link = new CuttableLink(server.getURI(), SIGNAL_DELAY);
        Browser.asAPhone(browser);
        browser.get(link.url() + "/entries/" + registered.statusToken() + "?lang=fr");
        upload.watch();
        return registered.entry();
    }

    /** The upload ends with storage holding the very bytes of the file. */
    private void theFilmArrivesWhole() throws Exception {
        MediaAsset original = wait.until(d -> assets.findByEntryIdAndKindAndLabel(entry.id(), MediaAsset.Kind.ORIGINAL, "")
                .orElse(null));
        assertThat(original.sizeBytes()).isEqualTo(Files.size(film));
        assertThat(Digests.sha256(objects.get(original.objectKey()))).isEqualTo(Digests.sha256(Files.newInputStream(film)));
    }

    /** The page opens on the news, however far down the entrant was looking. */
    private void theArrivalIsInViewAndReadAloud() {
        WebElement notice = wait.until(d -> d.findElement(By.id("film-arrived")));
        Browser.screenshot(browser, "upload-arrived-on-a-phone");
        assertThat(notice.getText()).startsWith("Votre film est bien arrivé.");
        assertThat(notice.getDomAttribute("role")).isEqualTo("status");
        assertThat(browser.switchTo().activeElement()).as("focused, so a screen reader reads it").isEqualTo(notice);
        @SuppressWarnings("unchecked")
        Map<String, Number> box = (Map<String, Number>) browser.executeScript("const r = arguments[0]"
                + ".getBoundingClientRect(); return { top: r.top, bottom: r.bottom, height: window.innerHeight };", notice);
        assertThat(box.get("top").doubleValue()).isNotNegative();
        assertThat(box.get("bottom").doubleValue()).isLessThanOrEqualTo(box.get("height").doubleValue());
        assertThat(browser.getCurrentUrl()).as("a later reload shows the page as it is").doesNotContain("uploaded");
    }
}
