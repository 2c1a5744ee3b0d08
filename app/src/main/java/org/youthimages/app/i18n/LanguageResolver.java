package org.youthimages.app.i18n;

import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.server.util.locale.CompositeHttpLocaleResolver;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import jakarta.inject.Singleton;
import org.youthimages.storage.account.Languages;

import java.util.Locale;
import java.util.Optional;

/**
 * Picks the page language: the {@code lang} query parameter (the language switcher), then the choice remembered in
 * the {@value #COOKIE} cookie, then the browser's preferences among the six languages, then English.
 */
@Singleton
@Primary
@Replaces(CompositeHttpLocaleResolver.class)
public class LanguageResolver implements HttpLocaleResolver {

    public static final String COOKIE = "yi-lang";

    @Override
    public Optional<Locale> resolve(HttpRequest<?> request) {
        return Optional.of(language(request).locale());
    }

    @Override
    public Locale resolveOrDefault(HttpRequest<?> request) {
        return language(request).locale();
    }

    public Language language(HttpRequest<?> request) {
        return request.getParameters().getFirst("lang").flatMap(Language::of)
                .or(() -> request.getCookies().findCookie(COOKIE).map(Cookie::getValue).flatMap(Language::of))
                .or(() -> fromBrowser(request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE)))
                .orElse(Language.EN);
    }

    static Optional<Language> fromBrowser(String acceptLanguage) {
        return Languages.preferred(acceptLanguage, Language.LOCALES).map(Language::of);
    }
}
