package org.youthimages.app.site;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;

import java.util.Map;

/** The page for a link that leads nowhere (an unknown edition, an expired or mistyped private link). */
public final class NotFoundPage {

    private NotFoundPage() {
    }

    public static HttpResponse<?> response(Pages pages, HttpRequest<?> request) {
        return pages.page(request, "not-found", HttpStatus.NOT_FOUND, Map.of());
    }
}
