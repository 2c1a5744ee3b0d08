package org.youthimages.storage.mail;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EmailTest {

    private final Email email = new Email("layla@example.org", "ar", "rtl", "CONFIRMATION",
            "تم استلام فيلمك <Home & Away>", "مرحبًا Layla \"L\" <i>,",
            List.of("فيلمك “Home & Away” وصل.", "Tom's <script>alert(1)</script>"), "اقرأ وأكّد", "اقرأ وأكّد:",
            "https://youth.example.org/status/abc?lang=ar&x=1", "فريق Youth Images");

    @Test
    void theHtmlShowsEveryTextAsTextNeverAsMarkup() {
        String html = email.html();

        assertThat(html).doesNotContain("<script>", "<i>", "<Home")
                .contains("<title>تم استلام فيلمك &lt;Home &amp; Away&gt;</title>")
                .contains("<p>مرحبًا Layla &quot;L&quot; &lt;i&gt;,</p>")
                .contains("<p>Tom&#39;s &lt;script&gt;alert(1)&lt;/script&gt;</p>")
                .contains("<a href=\"https://youth.example.org/status/abc?lang=ar&amp;x=1\"");
    }

    @Test
    void theHtmlKeepsTheLanguagesLettersAndDirection() {
        assertThat(email.html()).startsWith("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\">")
                .contains("<p>فيلمك “Home &amp; Away” وصل.</p>");
    }

    @Test
    void thePlainTextIsTheTextsAsWrittenWithTheLinkUnderItsLead() {
        assertThat(email.text()).isEqualTo("مرحبًا Layla \"L\" <i>,\n\nفيلمك “Home & Away” وصل.\n\n"
                + "Tom's <script>alert(1)</script>\n\nاقرأ وأكّد:\nhttps://youth.example.org/status/abc?lang=ar&x=1\n\n"
                + "فريق Youth Images\n");
    }
}
