package org.youthimages.app.testing;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** What a video element on the page really does in the browser. */
public final class Videos {

    private Videos() {
    }

    /**
     * Starts the page's first film muted (as autoplay rules allow) once it knows its film (its metadata, or only its
     * source when it preloads nothing), and gives how far it got after a few seconds.
     */
    public static double playsForAWhile(ChromeDriver browser) throws InterruptedException {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> Boolean.TRUE.equals(js(browser, "const v = document.querySelector('video');"
                + "return !!v && (v.readyState >= 1 || (v.preload === 'none' && v.currentSrc !== ''))")));
        js(browser, "const v = document.querySelector('video'); v.muted = true; return v.play().then(() => true)");
        wait.until(d -> currentTime(browser) > 0.2);
        double first = currentTime(browser);
        Thread.sleep(2500);
        double later = currentTime(browser);
        js(browser, "document.querySelector('video').pause(); return true");
        return later - first;
    }

    private static double currentTime(ChromeDriver browser) {
        return ((Number) js(browser, "return document.querySelector('video').currentTime")).doubleValue();
    }

    private static Object js(ChromeDriver browser, String script) {
        return browser.executeScript(script);
    }
}
