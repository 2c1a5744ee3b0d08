package org.youthimages.app.browser;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.youthimages.app.testing.Browser;
import org.youthimages.app.testing.EntryForm;
import org.youthimages.app.testing.SampleEntrants;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chinese is written without spaces: the synopsis counter on the form and the server's 100-word rule count its words
 * alike, so an entrant is never told "1/100" for a text the server then refuses as too long.
 */
@MicronautTest(transactional = false)
class SynopsisWordCountBrowserIT {

    /** Sixteen words by ICU's dictionary: 我们|的|电影|讲述|了|一个|移民|家庭|在|新|城市|寻找|归属|感|的|故事. */
    private static final String SENTENCE = "我们的电影讲述了一个移民家庭在新城市寻找归属感的故事。";

    @Inject EmbeddedServer server;
    @Inject SampleEntrants samples;

    private final ChromeDriver browser = Browser.start();
    private final EntryForm form = new EntryForm(browser);

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void theCounterCountsChineseWordsAsTheServerDoes() {
        browser.get(server.getURI() + "/editions/" + samples.openEdition().slug() + "/submit?lang=zh");
        form.type("synopsis", SENTENCE);
        int typed = countShown();
        assertThat(typed).as("one sentence of Chinese is many words, not one").isBetween(10, 20);

        browser.findElement(By.id("synopsis")).clear();
        form.type("synopsis", SENTENCE.repeat(7));
        assertThat(countShown()).isEqualTo(7 * typed);
        browser.findElement(By.id("send")).click();

        String error = browser.findElement(By.id("synopsis-error")).getText();
        assertThat(error).isEqualTo("简介最多 100 个词；现在有 " + 7 * typed + " 个。");
        assertThat(countShown()).as("the counter on the page sent back").isEqualTo(7 * typed);
    }

    private int countShown() {
        Matcher count = Pattern.compile("\\((\\d+)/100\\)$").matcher(browser.findElement(By.id("synopsis-hint")).getText());
        assertThat(count.find()).as("the synopsis hint ends with its count").isTrue();
        return Integer.parseInt(count.group(1));
    }
}
