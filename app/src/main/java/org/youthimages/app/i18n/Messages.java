package org.youthimages.app.i18n;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Singleton;

import java.util.Locale;

/**
 * The messages of every public page and email, one bundle per language in {@code i18n/messages*.properties}
 * (English is the base). Thymeleaf reads them with {@code #{key}}; Java code through {@link #get}.
 */
@Singleton
public class Messages {

    private final MessageSource source;

    Messages(MessageSource source) {
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
        MessageSource publicMessages() {
            return new ResourceBundleMessageSource("i18n.messages");
        }
    }
}
