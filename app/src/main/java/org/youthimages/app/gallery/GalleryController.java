package org.youthimages.app.gallery;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.youthimages.app.edition.EditionRules;
import org.youthimages.app.i18n.Language;
import org.youthimages.app.site.NotFoundPage;
import org.youthimages.app.site.Pages;
import org.youthimages.storage.objects.ObjectStore;
import org.youthimages.storage.publication.Gallery;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The public gallery of an edition's published winners: a page in the six languages with a player for each film,
 * a page per film (so a shared link shows that film), the films' media, and a JSON feed for partners' websites.
 * Everything answers "not found" before the winners are published and once they are unpublished; the page itself
 * then says so about a public edition, since its address is often announced before the winners are.
 */
@Controller("/winners")
@ExecuteOn(TaskExecutors.BLOCKING)
class GalleryController {

    /** Signed media links live this long; the page hands out new ones at each visit. */
    private static final Duration LINK_LIFETIME = Duration.ofHours(6);

    private final Gallery gallery;
    private final GalleryViews views;
    private final ObjectStore objects;
    private final Pages pages;
    private final EditionRules editions;

    GalleryController(Gallery gallery, GalleryViews views, ObjectStore objects, Pages pages, EditionRules editions) {
        this.gallery = gallery;
        this.editions = editions;
        this.views = views;
        this.objects = objects;
        this.pages = pages;
    }

    @Get("/feed.json")
    HttpResponse<?> feeds(HttpRequest<?> request) {
        return json(views.feeds(pages.language(request)));
    }

    @Get("/{slug:[a-z0-9-]+}")
    HttpResponse<?> page(HttpRequest<?> request, String slug) {
        Language language = pages.language(request);
        return gallery.page(slug, language.code()).<HttpResponse<?>>map(page -> {
            Map<String, Object> model = new HashMap<>();
            model.put("g", page);
            model.put("winners", views.winners(page, language));
            model.put("og", views.openGraph(page, null, language));
            return pages.page(request, "winners", HttpStatus.OK, model);
        }).orElseGet(() -> editions.find(slug, language).<HttpResponse<?>>map(edition -> pages.page(request,
                        "winners-pending", HttpStatus.NOT_FOUND, Map.of("e", edition)))
                .orElseGet(() -> NotFoundPage.response(pages, request)));
    }

    @Get("/{slug:[a-z0-9-]+}/films/{entryId}")
    HttpResponse<?> film(HttpRequest<?> request, String slug, long entryId) {
        Language language = pages.language(request);
        return gallery.page(slug, language.code()).flatMap(page -> page.winners().stream().filter(w -> w.entryId() == entryId)
                .findFirst().<HttpResponse<?>>map(winner -> {
                    Map<String, Object> model = new HashMap<>();
                    model.put("g", page);
                    model.put("w", views.winner(page, winner, language));
                    model.put("og", views.openGraph(page, winner, language));
                    return pages.page(request, "winner", HttpStatus.OK, model);
                })).orElseGet(() -> NotFoundPage.response(pages, request));
    }

    @Get("/{slug:[a-z0-9-]+}/feed.json")
    HttpResponse<?> feed(HttpRequest<?> request, String slug) {
        Language language = pages.language(request);
        return gallery.page(slug, language.code()).<HttpResponse<?>>map(page -> json(views.feed(page, language)))
                .orElseGet(() -> HttpResponse.notFound());
    }

    /** A poster, rendition or subtitle file of a published winner: a redirect to a short-lived signed link. */
    @Get("/{slug:[a-z0-9-]+}/media/{assetId}")
    HttpResponse<?> media(String slug, long assetId) {
        return gallery.media(slug, assetId).<HttpResponse<?>>map(asset -> HttpResponse
                .temporaryRedirect(URI.create(objects.presignedGet(asset.objectKey(), LINK_LIFETIME)))
                .header("Cache-Control", "private, max-age=3600")).orElseGet(HttpResponse::notFound);
    }

    private static HttpResponse<?> json(Object body) {
        return HttpResponse.ok(body).contentType(MediaType.APPLICATION_JSON_TYPE)
                .header("Access-Control-Allow-Origin", "*").header("Cache-Control", "public, max-age=300");
    }
}
