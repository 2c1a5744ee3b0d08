package org.youthimages.app.site;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.views.ModelAndView;

import java.util.Map;

/** Pages with no data of their own. */
@Controller
class SiteController {

    private final Pages pages;

    SiteController(Pages pages) {
        this.pages = pages;
    }

    @Get("/privacy")
    ModelAndView<?> privacy(HttpRequest<?> request) {
        return new ModelAndView<>("privacy", pages.model(request, Map.of()));
    }
}
