package org.youthimages.app.site;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormTextTest {

    @Test
    void aOneLineFieldLosesTheNulAndOtherControlCharactersAPasteCanBring() {
        assertThat(FormText.line("\u0000The Long\u0007 Road\u007F\u0085 North\u009B ")).isEqualTo("The Long Road  North");
    }

    @Test
    void aLineBreakOrTabPastedIntoAOneLineFieldBecomesASpace() {
        assertThat(FormText.line("Hi\r\nBcc: someone@example.org\tthere\u2028end")).isEqualTo("Hi Bcc: someone@example.org there end");
    }

    @Test
    void aTextAreaKeepsItsParagraphsAsLineFeedsAndItsTabs() {
        assertThat(FormText.paragraphs("  First line\r\nsecond\rthird\u2029\n\tindented\u0000 \n"))
                .isEqualTo("First line\nsecond\nthird\n\n\tindented");
    }

    @Test
    void lettersTypedAsABaseAndACombiningAccentAreComposed() {
        String decomposed = "Ine\u0301s Ben Ali";

        assertThat(FormText.line(decomposed)).isEqualTo("Inés Ben Ali").hasSize(12);
    }

    @Test
    void textInAnyScriptIsKeptAsTyped() {
        String arabic = "فيلم عن \u200Fالهجرة";
        String chinese = "我们的电影：家";

        assertThat(FormText.line(arabic)).isEqualTo(arabic);
        assertThat(FormText.paragraphs(chinese)).isEqualTo(chinese);
    }

    @Test
    void nothingSentIsAnEmptyValue() {
        assertThat(FormText.line(null)).isEmpty();
        assertThat(FormText.paragraphs(" \u0000 ")).isEmpty();
    }
}
