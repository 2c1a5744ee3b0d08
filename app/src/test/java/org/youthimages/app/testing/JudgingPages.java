package org.youthimages.app.testing;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** Steps in the judging interface that several browser tests take. */
public final class JudgingPages {

    private JudgingPages() {
    }

    /** Opens the judging interface, which asks to sign in, and signs in. */
    public static void signIn(ChromeDriver browser, int port, String email, String password) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get("http://localhost:" + port + "/");
        wait.until(d -> d.getCurrentUrl().contains("/login"));
        WebElement form = wait.until(d -> d.findElement(By.tagName("vaadin-login-form")));
        wait.until(d -> !form.findElements(By.cssSelector("input[name='username']")).isEmpty());
        form.findElement(By.cssSelector("input[name='username']")).sendKeys(email);
        form.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        form.findElement(By.cssSelector("vaadin-button[slot='submit'], vaadin-button")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }
}
