package org.youthimages.app.site;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;

import java.util.Map;

/** Pages with no data of their own. */
@Controller
class SiteController {

    private final Pages pages;

    SiteController(Pages pages) {
        this.pages = pages;
    }

    @Get("/privacy")
    HttpResponse<?> privacy(HttpRequest<?> request) {
        return pages.page(request, "privacy", HttpStatus.OK, Map.of());
    }
}
