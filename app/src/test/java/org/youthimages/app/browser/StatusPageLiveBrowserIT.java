package org.youthimages.app.browser;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.youthimages.app.testing.Browser;
import org.youthimages.app.testing.Digests;
import org.youthimages.app.testing.MediaStates;
import org.youthimages.app.testing.SampleEntrants;
import org.youthimages.app.testing.TestClips;
import org.youthimages.app.testing.UploadPanel;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.MediaAsset;
import org.youthimages.storage.entry.MediaAssetRepository;
import org.youthimages.storage.objects.ObjectStore;
import org.youthimages.storage.submission.EntryRegistration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An entrant who keeps the status page open sees the film's preparation advance, then the film, without reloading;
 * a replacement film they are uploading meanwhile is never cut off by that reload.
 */
@MicronautTest(transactional = false)
class StatusPageLiveBrowserIT {

    @Inject EmbeddedServer server;
    @Inject SampleEntrants samples;
    @Inject MediaStates media;
    @Inject MediaAssetRepository assets;
    @Inject ObjectStore objects;

    @TempDir Path folder;

    @AutoClose("quit")
    private final ChromeDriver browser = Browser.start();
    private final WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

    @Test
    void theOpenStatusPageFollowsThePreparationAndShowsTheFilmOnceReady() {
        EntryRegistration.Registered registered = samples.entryIn(samples.openEdition());
        Entry entry = registered.entry();
        MediaAsset original = media.received(entry);
        media.processing(entry, original, 37);
        browser.get(server.getURL() + "/entries/" + registered.statusToken() + "?lang=fr");
        assertThat(browser.executeScript("return document.getElementById('processing-progress').value"))
                .isEqualTo(37L);
        browser.executeScript("window.sameVisit = true");

        media.processing(entry, original, 80);

        wait.until(d -> Long.valueOf(80).equals(
                browser.executeScript("return document.getElementById('processing-progress').value")));
        assertThat(browser.executeScript("return window.sameVisit === true")).as("not reloaded").isEqualTo(true);
        assertThat(browser.executeScript("return document.getElementById('processing-percent').textContent"))
                .asString().matches("80[\\s\\u00a0\\u202f]?%");

        preparationEnds(entry);

        wait.until(d -> d.getPageSource().contains("id=\"preview\""));
        assertThat(browser.getPageSource()).contains("<video").doesNotContain("id=\"processing\"");
    }

    @Test
    void aReplacementUploadRunningWhenThePreparationEndsGoesOnToTheEnd() throws Exception {
        Path replacement = TestClips.noisyClip(folder.resolve("nouveau montage.mp4"), 20, 900_000);
        Entry entry = openStatusPageWhileTheFilmIsPrepared("fr");
        UploadPanel upload = new UploadPanel(browser).watch();
        upload.slowLink(150_000);
        upload.upload(replacement);
        wait.until(d -> upload.percent() >= 5);

        preparationEnds(entry);

        // the probes go with a reload: still there once the page has seen the preparation end, it stayed
        wait.until(d -> upload.preparationPolls() != null && upload.preparationPolls().contains("READY"));
        assertThat(upload.state()).isEqualTo("running");
        wait.until(d -> d.findElement(By.id("processing-ended")).isDisplayed());
        assertThat(browser.findElement(By.id("processing")).getText()).as("no stale bar, and no reload offered")
                .isEqualTo("La préparation du film envoyé auparavant est terminée.");
        wait.until(d -> !d.findElements(By.id("film-arrived")).isEmpty());
        MediaAsset original = assets.findByEntryIdAndKindAndLabel(entry.id(), MediaAsset.Kind.ORIGINAL, "").orElseThrow();
        assertThat(Digests.sha256(objects.get(original.objectKey())))
                .isEqualTo(Digests.sha256(Files.newInputStream(replacement)));
        assertThat(Browser.refusedByContentSecurityPolicy(browser)).isEmpty();
    }

    @Test
    void aReplacementRefusedWhileThePreparationEndsKeepsItsMessageAndOffersTheReloadThatShowsTheFilm() throws Exception {
        Path replacement = TestClips.noisyClip(folder.resolve("late cut.mp4"), 5, 900_000);
        Entry entry = openStatusPageWhileTheFilmIsPrepared("es");
        UploadPanel upload = new UploadPanel(browser).watch();
        samples.close(samples.editionOf(entry));
        upload.upload(replacement);
        wait.until(d -> "stopped".equals(upload.state()));
        String refusal = upload.message();

        preparationEnds(entry);

        wait.until(d -> d.findElement(By.id("processing-ended")).isDisplayed());
        assertThat(refusal).isNotBlank();
        assertThat(upload.message()).as("the refusal stays readable").isEqualTo(refusal);
        assertThat(browser.findElement(By.id("processing")).getText()).as("no stale bar")
                .isEqualTo("Ha terminado la preparación de la película que enviaste antes. "
                        + "Ver en qué punto está tu participación");
        browser.findElement(By.id("processing-ended-show")).click();
        wait.until(d -> !d.findElements(By.id("preview")).isEmpty());
        assertThat(browser.findElements(By.id("processing"))).isEmpty();
        assertThat(browser.executeScript("return document.documentElement.lang")).isEqualTo("es");
    }

    /** A new entry whose film is 37 % prepared, its status page open in {@code language}. */
    private Entry openStatusPageWhileTheFilmIsPrepared(String language) {
        EntryRegistration.Registered registered = samples.entryIn(samples.openEdition());
        Entry entry = registered.entry();
        media.processing(entry, media.received(entry), 37);
        browser.get(server.getURL() + "/entries/" + registered.statusToken() + "?lang=" + language);
        return entry;
    }

    /** The film is ready: its rendition and poster are stored. */
    private void preparationEnds(Entry entry) {
        media.ready(entry, "bytes of a film".getBytes(), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
    }
}
