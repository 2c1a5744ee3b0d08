package org.youthimages.app.site;

import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.server.exceptions.NotFoundException;

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

    /**
     * Crawlers may list the home page, the editions and their forms, and the winners; never a private link's page
     * (the {@link PrivatePagesFilter} also tells them so on each such page) nor the upload endpoint.
     */
    @Get(value = "/robots.txt", produces = MediaType.TEXT_PLAIN)
    String robots() {
        return """
                User-agent: *
                Disallow: /entries/
                Disallow: /guardian/
                Disallow: /uploads
                """;
    }

    /**
     * An address no page answers (mistyped, cut short by a mail program, or from an old poster): a browser gets the
     * site's own page in the reader's language instead of the framework's English one; other clients a bare 404.
     */
    @Error(exception = NotFoundException.class, global = true)
    HttpResponse<?> nowhere(HttpRequest<?> request) {
        return fromABrowser(request) ? NotFoundPage.response(pages, request) : HttpResponse.notFound();
    }

    /**
     * An address with a value in it that cannot be one (a film number with letters, a number too large), as a link
     * cut or changed by hand gives: it leads to no page, so a browser gets the same page as for an unknown address;
     * other clients a bare 400 that says which value.
     */
    @Error(exception = ConversionErrorException.class, global = true)
    HttpResponse<?> malformed(HttpRequest<?> request, ConversionErrorException error) {
        return fromABrowser(request) ? NotFoundPage.response(pages, request)
                : HttpResponse.badRequest(Map.of("message", "Cannot use the value of " + error.getArgument().getName()));
    }

    private static boolean fromABrowser(HttpRequest<?> request) {
        return request.getHeaders().accept().stream().anyMatch(type -> MediaType.TEXT_HTML.equals(type.getName()));
    }
}
