package org.youthimages.app.submission;

import org.junit.jupiter.api.Test;
import org.youthimages.app.i18n.Language;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class FormChoicesTest {

    @Test
    void offersEachFilmLanguageOnceUnderItsCurrentCode() {
        for (Language reader : Language.values()) {
            List<FormChoices.Choice> languages = FormChoices.languages(reader);

            assertThat(languages).extracting(FormChoices.Choice::name).as(reader.code()).doesNotHaveDuplicates();
            assertThat(languages).extracting(FormChoices.Choice::code).as(reader.code())
                    .contains("he", "id", "yi", "ro").doesNotContain("iw", "in", "ji", "mo", "bh");
            if (reader != Language.EN) {
                assertThat(languages).as(reader.code() + ": every language named in the reader's language")
                        .noneMatch(c -> c.name().equals(Locale.of(c.code()).getDisplayLanguage(Locale.ENGLISH)));
            }
        }
        assertThat(FormChoices.isLanguage("he")).isTrue();
        assertThat(FormChoices.isLanguage("iw")).isFalse();
    }

    @Test
    void namesEachCountryOnceInTheReadersLanguage() {
        List<FormChoices.Choice> french = FormChoices.countries(Language.of(Locale.FRENCH));

        assertThat(french).extracting(FormChoices.Choice::code).contains("SN", "DE");
        assertThat(french).filteredOn(c -> c.code().equals("DE")).singleElement()
                .extracting(FormChoices.Choice::name).isEqualTo("Allemagne");
        assertThat(french).extracting(FormChoices.Choice::name).doesNotHaveDuplicates();
    }
}
