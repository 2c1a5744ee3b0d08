package org.youthimages.storage.account;

import org.junit.jupiter.api.Test;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

class LanguagesTest {

    @Test
    void anEnglishReaderGetsEnglishEvenOnAServerWhoseDefaultLanguageIsFrench() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRENCH);

            assertThat(Languages.texts("i18n.account-emails", Locale.ENGLISH).getString("invitation.subject"))
                    .isEqualTo("You are invited to the Youth Images jury");
            assertThat(Languages.texts("i18n.account-emails", Locale.forLanguageTag("es"))
                    .getString("invitation.subject")).isNotEqualTo("You are invited to the Youth Images jury");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void everyEmailIsWrittenInEveryLanguageAndFormatsWithAnyCount() {
        for (String bundle : List.of("i18n.account-emails", "i18n.judging-emails")) {
            ResourceBundle english = Languages.texts(bundle, Locale.ENGLISH);
            for (Locale language : Languages.SUPPORTED) {
                ResourceBundle texts = Languages.texts(bundle, language);
                assertThat(Collections.list(texts.getKeys())).as(bundle + " " + language)
                        .containsExactlyInAnyOrderElementsOf(Collections.list(english.getKeys()));
                for (String key : Collections.list(texts.getKeys())) {
                    for (int count : new int[] {0, 1, 2}) {
                        Object[] arguments = {"Name", "Edition", count, count, count, count, count, "link"};
                        assertThat(new MessageFormat(texts.getString(key), language).format(arguments))
                                .as(bundle + " " + language + " " + key).doesNotContain("{");
                    }
                }
            }
        }
    }

    @Test
    void theBrowsersFirstLanguageWinsEvenWhenOnlyARegionalVariantOfItIsListed() {
        assertThat(Languages.preferred("fr-CH, en;q=0.5")).isEqualTo(Locale.FRENCH);
        assertThat(Languages.preferred("es-419,es;q=0.9,en;q=0.8")).isEqualTo(Locale.forLanguageTag("es"));
        assertThat(Languages.preferred("de-DE,de;q=0.9,fr;q=0.7,en;q=0.5")).as("German is not spoken here")
                .isEqualTo(Locale.FRENCH);
        assertThat(Languages.preferred("en;q=0.4,fr-BE;q=0.8")).as("ranked by q, not by order")
                .isEqualTo(Locale.FRENCH);
    }

    @Test
    void aMissingUnknownOrMalformedHeaderGivesEnglish() {
        assertThat(Languages.preferred(null)).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.preferred(" ")).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.preferred("de, it;q=0.5")).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.preferred("fr;q=x")).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.preferred("fr;q=0, es;q=0")).as("both refused").isEqualTo(Locale.ENGLISH);
    }

    @Test
    void anyListOfLanguagesCanBeMatchedAgainstTheHeader() {
        List<Locale> six = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"),
                Locale.forLanguageTag("ar"), Locale.CHINESE, Locale.forLanguageTag("ru"));
        assertThat(Languages.preferred("zh-Hant-TW, en;q=0.5", six)).hasValue(Locale.CHINESE);
        assertThat(Languages.preferred("pt-BR", six)).isEmpty();
        assertThat(Languages.preferred(null, six)).isEmpty();
    }
}
