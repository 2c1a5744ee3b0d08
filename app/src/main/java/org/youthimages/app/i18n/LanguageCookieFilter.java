package org.youthimages.app.i18n;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;

import java.time.Duration;

/** Remembers a language picked with the switcher ({@code ?lang=fr}) for the following pages. */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class LanguageCookieFilter {

    @ResponseFilter
    void remember(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getParameters().getFirst("lang").flatMap(Language::of).ifPresent(language ->
                response.cookie(Cookie.of(LanguageResolver.COOKIE, language.code()).path("/")
                        .maxAge(Duration.ofDays(365)).sameSite(SameSite.Lax).httpOnly(true)));
    }
}
