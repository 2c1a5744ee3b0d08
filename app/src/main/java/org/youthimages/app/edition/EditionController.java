package org.youthimages.app.edition;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.youthimages.app.site.NotFoundPage;
import org.youthimages.app.site.Pages;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** The public page of an edition: theme, rules, categories, limits, criteria, prizes and the deadline. */
@Controller("/editions")
@ExecuteOn(TaskExecutors.BLOCKING)
class EditionController {

    private final EditionRules rules;
    private final Pages pages;

    EditionController(EditionRules rules, Pages pages) {
        this.rules = rules;
        this.pages = pages;
    }

    @Get("/{slug:[a-z0-9-]+}")
    HttpResponse<?> show(HttpRequest<?> request, String slug) {
        return rules.find(slug, pages.language(request))
                .<HttpResponse<?>>map(edition -> pages.page(request, "edition", HttpStatus.OK, Map.of("e", edition,
                        "phase", edition.phase(Instant.now()),
                        "daysLeft", Math.max(0, Duration.between(Instant.now(), edition.edition().submissionsCloseAt()).toDays()))))
                .orElseGet(() -> NotFoundPage.response(pages, request));
    }
}
