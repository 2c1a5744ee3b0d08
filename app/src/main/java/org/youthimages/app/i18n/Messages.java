package org.youthimages.app.i18n;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.util.Locale;

/**
 * The messages of every public page and email, one bundle per language in {@code i18n/messages*.properties}
 * (English is the base), formatted by ICU so that counts take each language's plural forms ({@link IcuMessageSource}).
 * Thymeleaf reads them with {@code #{key}} ({@link TemplateMessages}); Java code through {@link #get}. Both use the ICU
 * source itself rather than Micronaut's composite of every message source, which replaces placeholders on its own.
 */
@Singleton
public class Messages {

    private final IcuMessageSource source;

    Messages(IcuMessageSource source) {
        this.source = source;
    }

    public String get(Language language, String key, Object... args) {
        return source.getMessage(key, language.locale(), args)
                .orElseThrow(() -> new IllegalStateException("No message " + key + " for " + language.code()));
    }

    public String get(Locale locale, String key, Object... args) {
        return get(Language.of(locale), key, args);
    }

    @Factory
    static class Bundles {
        @Singleton
        IcuMessageSource publicMessages() {
            return new IcuMessageSource("i18n.messages");
        }
    }
}
