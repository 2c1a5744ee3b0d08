package org.youthimages.app.site;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Headers for every public response: private links (status pages, guardian links) never leak to another site
 * through the Referer header, pages are not framed, and content types are not guessed. ({@code same-origin}
 * rather than {@code no-referrer}: with the latter, browsers send {@code Origin: null} on the site's own form posts,
 * which the server refuses as cross-origin.)
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SecurityHeadersFilter {

    @ResponseFilter
    void secure(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.getHeaders().add("Referrer-Policy", "same-origin");
        response.getHeaders().add("X-Content-Type-Options", "nosniff");
        response.getHeaders().add("X-Frame-Options", "DENY");
    }
}
