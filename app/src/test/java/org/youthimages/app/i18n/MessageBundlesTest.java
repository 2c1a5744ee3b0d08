package org.youthimages.app.i18n;

import com.ibm.icu.text.MessageFormat;
import org.junit.jupiter.api.Test;
import org.youthimages.storage.translation.EditionTranslations;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class MessageBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)[,}]");

    @Test
    void everyLanguageHasEveryMessageWithTheSamePlaceholders() throws Exception {
        Properties base = load("messages.properties");
        base.forEach((key, text) -> assertThat(text.toString()).as("en " + key).doesNotContain("'"));
        for (Language language : Language.values()) {
            if (language == Language.EN) {
                continue;
            }
            Properties translated = load("messages_" + language.code() + ".properties");
            assertThat(translated.stringPropertyNames()).as(language.code())
                    .containsExactlyInAnyOrderElementsOf(base.stringPropertyNames());
            for (String key : base.stringPropertyNames()) {
                assertThat(placeholders(translated.getProperty(key))).as(language.code() + " " + key)
                        .isEqualTo(placeholders(base.getProperty(key)));
                assertThat(translated.getProperty(key)).as(language.code() + " " + key).isNotBlank().doesNotContain("'");
            }
        }
    }

    @Test
    void everyMessageInEveryLanguageIsAPatternIcuCanFormat() throws Exception {
        for (Language language : Language.values()) {
            Properties bundle = load(language == Language.EN ? "messages.properties"
                    : "messages_" + language.code() + ".properties");
            for (String key : bundle.stringPropertyNames()) {
                assertThatCode(() -> new MessageFormat(bundle.getProperty(key), language.locale()))
                        .as(language.code() + " " + key).doesNotThrowAnyException();
            }
        }
    }

    /** Guardians are adults asked for a legal consent: Spanish says usted to them and Chinese 您, not tú and 你. */
    @Test
    void everyTextForAGuardianUsesTheFormalRegister() throws Exception {
        Properties spanish = load("messages_es.properties");
        Properties chinese = load("messages_zh.properties");
        Pattern informalSpanish = Pattern.compile("(?iU)\\b(tu|tú|te|ti|tus|aceptas|sabes|estás|abre|lee|usa|cierra"
                + "|confirma)\\b");
        for (String key : guardianKeys(spanish)) {
            assertThat(spanish.getProperty(key)).as("es " + key).doesNotContainPattern(informalSpanish);
            assertThat(chinese.getProperty(key)).as("zh " + key).doesNotContain("你");
        }
    }

    private static Set<String> guardianKeys(Properties bundle) {
        Set<String> keys = new TreeSet<>();
        for (String key : bundle.stringPropertyNames()) {
            if (key.startsWith("guardian.") || key.startsWith("mail.guardian.") || key.equals("mail.greeting.guardian")
                    || key.equals("declaration.GUARDIAN_CONSENT")) {
                keys.add(key);
            }
        }
        assertThat(keys).contains("guardian.thanks", "mail.guardian.subject", "mail.greeting.guardian");
        return keys;
    }

    /** French sets a no-break space before : ; ? ! » and after «, so a phone never starts a line with them. */
    @Test
    void everyFrenchTextKeepsItsPunctuationOnTheLineOfTheWordBeforeIt() throws Exception {
        for (String name : List.of("messages_fr", "judging_fr", "judging-emails_fr", "account-emails_fr")) {
            Properties bundle = load(name + ".properties");
            assertThat(bundle).as(name).isNotEmpty();
            for (String key : bundle.stringPropertyNames()) {
                assertThat(bundle.getProperty(key)).as(name + " " + key)
                        .doesNotContainPattern("[ \\t\\n][:;?!»]|«[ \\t\\n]");
            }
        }
    }

    @Test
    void editionsCanBeTranslatedIntoExactlyTheLanguagesTheSiteSpeaks() {
        assertThat(EditionTranslations.LANGUAGES)
                .containsExactly(Arrays.stream(Language.values()).map(Language::code).toArray(String[]::new));
    }

    @Test
    void pickingTheLanguageFromTheBrowserPrefersTheFirstOfTheSixItKnows() {
        assertThat(LanguageResolver.fromBrowser("de-CH,de;q=0.9,ar;q=0.8,en;q=0.5")).hasValue(Language.AR);
        assertThat(LanguageResolver.fromBrowser("zh-TW,zh;q=0.9")).hasValue(Language.ZH);
        assertThat(LanguageResolver.fromBrowser("pt-BR")).isEmpty();
        assertThat(LanguageResolver.fromBrowser("garbage;;q=x")).isEmpty();
        assertThat(LanguageResolver.fromBrowser("ru-RU, en;q=0.5"))
                .as("a regional variant before a lower-ranked exact match").hasValue(Language.RU);
        assertThat(LanguageResolver.fromBrowser("ar;q=0, de")).as("q=0 refuses a language").isEmpty();
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties load(String name) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
