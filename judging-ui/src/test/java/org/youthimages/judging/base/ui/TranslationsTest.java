package org.youthimages.judging.base.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text exists in English, French and Spanish, and every one is a well-formed message pattern. */
class TranslationsTest {

    private final Translations translations = new Translations();

    @Test
    void frenchAndSpanishHaveExactlyTheEnglishKeys() throws IOException {
        Set<String> english = keys("");

        assertThat(english).hasSizeGreaterThan(150);
        assertThat(keys("_fr")).isEqualTo(english);
        assertThat(keys("_es")).isEqualTo(english);
    }

    @Test
    void everyTextIsAValidPatternWithTypographicApostrophes() throws IOException {
        for (String suffix : new String[] {"", "_fr", "_es"}) {
            Properties texts = load(suffix);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                assertThat(text).as(key + suffix).doesNotContain("'").isNotBlank();
                new MessageFormat(text, Locale.ENGLISH).format(new Object[] {2, 2, 3});
            }
        }
    }

    @Test
    void formatsArgumentsInTheUsersLanguage() {
        assertThat(translations.getTranslation("home.progress", Locale.FRENCH, 3, 10, 2))
                .isEqualTo("3 films notés sur 10, 2 brouillons");
        assertThat(translations.getTranslation("home.progress", Locale.FRENCH, 1, 4, 0)).isEqualTo("1 film noté sur 4");
        assertThat(translations.getTranslation("home.progress", Locale.FRENCH, 0, 4, 1))
                .isEqualTo("0 film noté sur 4, un brouillon");
        assertThat(translations.getTranslation("home.progress", Locale.forLanguageTag("es"), 1, 4, 0))
                .isEqualTo("1 de 4 películas puntuadas");
        assertThat(translations.getTranslation("home.progress", Locale.forLanguageTag("es"), 1, 1, 0))
                .isEqualTo("1 de 1 película puntuada");
        assertThat(translations.getTranslation("home.progress", Locale.ENGLISH, 1, 1, 0)).isEqualTo("1 of 1 film scored");
        assertThat(translations.getTranslation("home.progress", Locale.ENGLISH, 2, 5, 1))
                .isEqualTo("2 of 5 films scored, one draft");
        assertThat(translations.getTranslation("home.deadline", Locale.ENGLISH, "12 March", 1))
                .isEqualTo("Closes 12 March, in one day");
    }

    @Test
    void countsOneThingInTheSingular() {
        assertThat(translations.getTranslation("screening.decided", Locale.ENGLISH, 1))
                .isEqualTo("Decision recorded for one entry.");
        assertThat(translations.getTranslation("screening.decided", Locale.ENGLISH, 1200))
                .isEqualTo("Decision recorded for 1,200 entries.");
        assertThat(translations.getTranslation("screening.reasonTitle.INELIGIBLE", Locale.FRENCH, 1))
                .isEqualTo("Irrecevable\u00a0: une inscription");
        assertThat(translations.getTranslation("screening.reasonTitle.INELIGIBLE", Locale.FRENCH, 3))
                .isEqualTo("Irrecevables\u00a0: 3 inscriptions");
        assertThat(translations.getTranslation("ballot.cardHelp", Locale.forLanguageTag("es"), 1))
                .isEqualTo("Una película que clasificar");
        assertThat(translations.getTranslation("assignment.summary", Locale.FRENCH, 6, 3, 1, "ouverte"))
                .isEqualTo("6 films à évaluer, par 3 membres du jury chacun\u00a0; un film manque de membres."
                        + " La phase est\u00a0: ouverte.");
        assertThat(translations.getTranslation("assignment.summary", Locale.forLanguageTag("es"), 6, 3, 1, "abierta"))
                .contains("a una película le faltan miembros");
    }

    @Test
    void anUnsupportedLanguageFallsBackToEnglish() {
        assertThat(translations.getTranslation("login.submit", Locale.GERMAN)).isEqualTo("Sign in");
        assertThat(translations.getTranslation("login.submit", Locale.CANADA_FRENCH)).isEqualTo("Se connecter");
    }

    private static Set<String> keys(String suffix) throws IOException {
        return new TreeSet<>(load(suffix).stringPropertyNames());
    }

    private static Properties load(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/i18n/judging" + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
