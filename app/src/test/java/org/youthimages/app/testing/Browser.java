package org.youthimages.app.testing;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A real headless Chromium from the system's packages (Debian's chromium and chromium-driver), never a
 * downloaded browser. {@code ./yi test} and {@code .ci/run} install them.
 */
public final class Browser {

    private static final String CHROMIUM = System.getProperty("yi.test.chromium", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("yi.test.chromedriver", "/usr/bin/chromedriver");

    private Browser() {
    }

    public static ChromeDriver start() {
        return start(new ChromeOptions());
    }

    /** A browser whose user prefers these languages ({@code fr-FR,fr}): it says so in every request's Accept-Language. */
    public static ChromeDriver preferring(String languages) {
        ChromeOptions options = new ChromeOptions();
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", languages));
        return start(options);
    }

    private static ChromeDriver start(ChromeOptions options) {
        if (!new File(CHROMIUM).canExecute() || !new File(DRIVER).canExecute()) {
            throw new IllegalStateException("Browser tests need " + CHROMIUM + " and " + DRIVER
                    + ": run ./yi test, which installs Debian's chromium and chromium-driver");
        }
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--user-data-dir=" + freshProfile());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Shows pages as a common phone does: 390 by 844 CSS pixels, touch, three device pixels to one. */
    public static void asAPhone(ChromeDriver browser) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844,
                "deviceScaleFactor", 3, "mobile", true));
    }

    /**
     * What the browser refused to run or load because of the page's Content-Security-Policy since the last call
     * (read from its console, which this call empties).
     */
    public static List<String> refusedByContentSecurityPolicy(ChromeDriver browser) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png}, for people looking at the run. */
    public static void screenshot(ChromeDriver browser, String name) {
        try {
            Path folder = Path.of("target", "screenshots");
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (Exception e) {
            // a screenshot is for people looking at the run, never a reason for it to fail
        }
    }

    private static String freshProfile() {
        try {
            return Files.createTempDirectory("yi-chromium").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
