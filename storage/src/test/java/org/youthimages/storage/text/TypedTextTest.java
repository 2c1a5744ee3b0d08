package org.youthimages.storage.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TypedTextTest {

    @Test
    void aOneLineFieldLosesTheNulAndOtherControlCharactersAPasteCanBring() {
        assertThat(TypedText.line("\u0000The Long\u0007 Road\u007F\u0085 North\u009B ")).isEqualTo("The Long Road  North");
    }

    @Test
    void aLineBreakOrTabPastedIntoAOneLineFieldBecomesASpace() {
        assertThat(TypedText.line("Hi\r\nBcc: someone@example.org\tthere\u2028end")).isEqualTo("Hi Bcc: someone@example.org there end");
    }

    @Test
    void aTextAreaKeepsItsParagraphsAsLineFeedsAndItsTabs() {
        assertThat(TypedText.paragraphs("  First line\r\nsecond\rthird\u2029\n\tindented\u0000 \n"))
                .isEqualTo("First line\nsecond\nthird\n\n\tindented");
    }

    @Test
    void lettersTypedAsABaseAndACombiningAccentAreComposed() {
        String decomposed = "Ine\u0301s Ben Ali";

        assertThat(TypedText.line(decomposed)).isEqualTo("Inés Ben Ali").hasSize(12);
    }

    @Test
    void textInAnyScriptIsKeptAsTyped() {
        String arabic = "فيلم عن \u200Fالهجرة";
        String chinese = "我们的电影：家";

        assertThat(TypedText.line(arabic)).isEqualTo(arabic);
        assertThat(TypedText.paragraphs(chinese)).isEqualTo(chinese);
    }

    @Test
    void aTextStillBeingTypedOnlyLosesItsControlCharacters() {
        assertThat(TypedText.withoutControls("  Strong\u0000 opening,\r\n\tthen Ine\u0301s ")).isEqualTo("  Strong opening,\r\n\tthen Ine\u0301s ");
        assertThat(TypedText.withoutControls(null)).isEmpty();
    }

    @Test
    void nothingSentIsAnEmptyValue() {
        assertThat(TypedText.line(null)).isEmpty();
        assertThat(TypedText.paragraphs(" \u0000 ")).isEmpty();
    }
}
