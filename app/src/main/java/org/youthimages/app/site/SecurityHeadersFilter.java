package org.youthimages.app.site;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Headers for every public response: private links (status pages, guardian links) never leak to another site
 * through the Referer header, pages are not framed, and content types are not guessed. ({@code same-origin}
 * rather than {@code no-referrer}: with the latter, browsers send {@code Origin: null} on the site's own form posts,
 * which the server refuses as cross-origin.) The {@link ContentSecurityPolicy} lets pages run only the site's own
 * scripts and show media only from the site and its object storage.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SecurityHeadersFilter {

    private final ContentSecurityPolicy policy;

    SecurityHeadersFilter(ContentSecurityPolicy policy) {
        this.policy = policy;
    }

    @ResponseFilter
    void secure(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.getHeaders().add("Referrer-Policy", "same-origin");
        response.getHeaders().add("X-Content-Type-Options", "nosniff");
        response.getHeaders().add("X-Frame-Options", "DENY");
        response.getHeaders().add("Content-Security-Policy", policy.header());
    }
}
