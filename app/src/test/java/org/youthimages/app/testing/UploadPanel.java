package org.youthimages.app.testing;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The film upload on the status page, used as an entrant uses it on a phone with a weak link, and read through probes
 * the test puts in the page: the requests it sends, every speed it shows and what its polls of the film's preparation
 * answer.
 */
public final class UploadPanel {

    private static final String PROBES = """
            window.yiProbe = { requests: [], speeds: [], polls: [] };
            const open = XMLHttpRequest.prototype.open;
            XMLHttpRequest.prototype.open = function (method) {
              window.yiProbe.requests.push(method);
              return open.apply(this, arguments);
            };
            const speed = document.getElementById('upload-speed');
            new MutationObserver(() => { if (speed.textContent) { window.yiProbe.speeds.push(speed.textContent); } })
              .observe(speed, { childList: true, characterData: true, subtree: true });
            const fetch = window.fetch;
            window.fetch = (...args) => fetch(...args).then(response => {
              response.clone().json().then(p => window.yiProbe.polls.push(p.status), () => {});
              return response;
            });
            """;

    private final ChromeDriver browser;

    public UploadPanel(ChromeDriver browser) {
        this.browser = browser;
    }

    /** Puts the probes in the page now open. */
    public UploadPanel watch() {
        browser.executeScript(PROBES);
        return this;
    }

    /** Sends at about {@code bytesPerSecond}, as a phone on a weak link. */
    public void slowLink(int bytesPerSecond) {
        network(false, bytesPerSecond);
    }

    /** The browser finds itself offline, as when a phone loses its signal (requests under way go on). */
    public void offline() {
        network(true, 0);
    }

    /** Makes the page's timers run {@code times} faster, so that minutes of waiting pass in seconds. */
    public void fastClock(int times) {
        browser.executeScript("const later = window.setTimeout, times = arguments[0];"
                + "window.setTimeout = (f, ms, ...args) => later(f, (ms || 0) / times, ...args);", times);
    }

    public void upload(Path film) {
        browser.findElement(By.id("film-file")).sendKeys(film.toString());
        browser.findElement(By.id("upload-start")).click();
    }

    /** Scrolls down to the progress bar, as a person watching the upload does; says how far the page scrolled. */
    public long lookAtTheProgress() {
        return ((Number) browser.executeScript("document.getElementById('upload-progress').scrollIntoView();"
                + "return window.scrollY")).longValue();
    }

    public void pressPauseOrResume() {
        browser.findElement(By.id("upload-pause")).click();
    }

    public int percent() {
        String value = browser.findElement(By.id("upload-bar")).getDomProperty("value");
        return value == null ? 0 : (int) Double.parseDouble(value);
    }

    /** Where the upload stands, as the page keeps it: running, waiting, paused, stopped or done. */
    public String state() {
        return browser.findElement(By.id("upload")).getDomAttribute("data-upload");
    }

    /** What the page says of the upload, as written (no-break spaces kept). */
    public String message() {
        return browser.findElement(By.id("upload-message")).getDomProperty("textContent");
    }

    /** What screen readers were last told of the upload's progress ("Uploading: 40 %"), unseen on the page. */
    public String announcement() {
        return browser.findElement(By.id("upload-announce")).getDomProperty("textContent");
    }

    /** The speed and time left on screen. */
    public String figures() {
        return (browser.findElement(By.id("upload-speed")).getText() + " "
                + browser.findElement(By.id("upload-left")).getText()).strip();
    }

    /** The page's own text for {@code name} (retrying, paused, resume...), in the page's language. */
    public String text(String name) {
        return browser.findElement(By.id("upload-texts")).getDomAttribute("data-" + name);
    }

    public List<String> visibleButtons() {
        return browser.findElements(By.cssSelector("#upload button")).stream().filter(WebElement::isDisplayed)
                .map(WebElement::getText).toList();
    }

    /** How many requests of this method the page has sent since {@link #watch()}. */
    public long requests(String method) {
        return ((List<?>) browser.executeScript("return window.yiProbe.requests")).stream()
                .filter(method::equals).count();
    }

    public List<?> speedsShown() {
        return (List<?>) browser.executeScript("return window.yiProbe.speeds");
    }

    /** What each poll of the film's preparation answered, or null once the page has been reloaded. */
    public List<?> preparationPolls() {
        return (List<?>) browser.executeScript("return window.yiProbe && window.yiProbe.polls");
    }

    private void network(boolean offline, int bytesPerSecond) {
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline, "latency", 20,
                "downloadThroughput", -1, "uploadThroughput", offline ? -1 : bytesPerSecond));
    }
}
