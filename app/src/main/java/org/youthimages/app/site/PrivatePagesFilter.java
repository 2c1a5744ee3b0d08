package org.youthimages.app.site;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Pages behind a private link (an entry's status page and everything under it, a guardian's consent page) and the
 * form sent back with its errors show a young person's name, email and birth date. No browser, school computer or
 * proxy keeps a copy of them ({@code no-store}: the back button on a shared computer does not bring them back once
 * the tab is closed), and no search engine lists them, should a link ever be posted somewhere public
 * ({@code robots.txt} asks the same of crawlers before they fetch). The empty form itself (its GET) holds nothing
 * personal, so the browser may keep it for the back button, saving a slow connection a download.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class PrivatePagesFilter {

    @ResponseFilter({"/entries/**", "/guardian/**"})
    void privateLink(MutableHttpResponse<?> response) {
        keepPrivate(response);
    }

    @ResponseFilter(value = "/editions/*/submit", methods = HttpMethod.POST)
    void formAnswer(MutableHttpResponse<?> response) {
        keepPrivate(response);
    }

    private static void keepPrivate(MutableHttpResponse<?> response) {
        response.getHeaders().set(HttpHeaders.CACHE_CONTROL, "no-store");
        response.getHeaders().set("X-Robots-Tag", "noindex, nofollow");
    }
}
