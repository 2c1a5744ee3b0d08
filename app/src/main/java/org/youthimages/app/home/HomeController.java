package org.youthimages.app.home;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import org.youthimages.app.site.Pages;
import org.youthimages.app.edition.EditionRules.Phase;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.edition.EditionRepository;
import org.youthimages.storage.publication.Gallery;
import org.youthimages.storage.translation.EditionTranslations;

import java.time.Instant;
import java.util.Map;

@Controller
class HomeController {

    private final EditionRepository editions;
    private final Gallery gallery;
    private final Pages pages;
    private final EditionTranslations translations;

    HomeController(EditionRepository editions, Gallery gallery, Pages pages, EditionTranslations translations) {
        this.translations = translations;
        this.editions = editions;
        this.gallery = gallery;
        this.pages = pages;
    }

    @Get
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> home(HttpRequest<?> request) {
        String language = pages.language(request).code();
        Instant now = Instant.now();
        return pages.page(request, "home", HttpStatus.OK, Map.of(
                "editions", editions.findByStateOrderByYearDesc(Edition.State.LIVE).stream()
                        .map(edition -> new Card(translations.forReaders(edition.id(), language).of(edition),
                                Phase.of(edition, now))).toList(),
                "galleries", gallery.published(language)));
    }

    /** A live edition on the home page, with whether it takes films now. */
    record Card(Edition edition, Phase phase) {
    }
}
