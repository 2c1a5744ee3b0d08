package org.youthimages.app.testing;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

/** The public submission form in a real browser, filled in as an entrant does. */
public final class EntryForm {

    private static final List<String> DECLARATIONS = List.of("OWN_WORK", "APPEARANCE_RELEASE",
            "MUSIC_AND_FOOTAGE_LICENSED", "SCREENING_AND_PUBLICATION", "PRIVACY_NOTICE");

    private final WebDriver browser;

    public EntryForm(WebDriver browser) {
        this.browser = browser;
    }

    /** Every field an adult's entry needs (an entrant born in 2003, from Senegal), with every declaration ticked. */
    public void fillAnAdultsEntry(String title, String synopsis, String language, String email) {
        type("title", title);
        type("synopsis", synopsis);
        choose("originalLanguage", language);
        date("completedOn", "2026-04-30");
        choose("mainTheme", "MIGRATION");
        browser.findElement(By.id("footage-NONE")).click();
        type("givenName", "Amina");
        type("familyName", "Diallo");
        type("email", email);
        date("dateOfBirth", "2003-09-15");
        choose("country", "SN");
        DECLARATIONS.forEach(d -> browser.findElement(By.id("decl." + d)).click());
    }

    public void type(String id, String text) {
        browser.findElement(By.id(id)).sendKeys(text);
    }

    public void choose(String id, String value) {
        new Select(browser.findElement(By.id(id))).selectByValue(value);
    }

    /** Sets a date input the way a date picker does, whatever the browser's own date format. */
    public void date(String id, String isoDate) {
        ((JavascriptExecutor) browser).executeScript(
                "const el = document.getElementById(arguments[0]); el.value = arguments[1];"
                        + "el.dispatchEvent(new Event('change', {bubbles: true}));", id, isoDate);
    }

    public String value(String id) {
        return browser.findElement(By.id(id)).getDomProperty("value");
    }
}
