package org.youthimages.app.submission;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.youthimages.app.i18n.Language;
import org.youthimages.app.site.NotFoundPage;
import org.youthimages.app.site.Pages;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.edition.EditionRepository;
import org.youthimages.storage.submission.GuardianConsents;
import org.youthimages.storage.translation.EditionTranslations;

import java.util.Map;

/**
 * The page a guardian reaches from their email. Opening it changes nothing (mail scanners open links);
 * only pressing the button records the consent.
 */
@Controller("/guardian")
@ExecuteOn(TaskExecutors.BLOCKING)
class GuardianController {

    private final GuardianConsents consents;
    private final EditionRepository editions;
    private final Submissions submissions;
    private final Pages pages;
    private final EditionTranslations translations;

    GuardianController(GuardianConsents consents, EditionRepository editions, Submissions submissions, Pages pages,
                       EditionTranslations translations) {
        this.translations = translations;
        this.consents = consents;
        this.editions = editions;
        this.submissions = submissions;
        this.pages = pages;
    }

    @Get("/{token}")
    HttpResponse<?> initConsentForm(HttpRequest<?> request, String token) {
        return consents.find(token).<HttpResponse<?>>map(r -> pages.page(request, "guardian", HttpStatus.OK,
                        Map.of("r", r, "token", token, "just", false,
                                "edition", edition(r, pages.language(request)))))
                .orElseGet(() -> NotFoundPage.response(pages, request));
    }

    @Post(value = "/{token}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> processConsentForm(HttpRequest<?> request, String token) {
        Language language = pages.language(request);
        return consents.find(token).<HttpResponse<?>>map(r -> {
            GuardianConsents.Request confirmed = submissions.confirmGuardian(r, language);
            return pages.page(request, "guardian", HttpStatus.OK, Map.of("r", confirmed,
                    "token", token, "just", true, "edition", edition(r, language)));
        }).orElseGet(() -> NotFoundPage.response(pages, request));
    }

    /** The entry's edition with its texts in the guardian's language. */
    private Edition edition(GuardianConsents.Request r, Language language) {
        Edition edition = editions.findById(r.entry().editionId()).orElseThrow();
        return translations.forReaders(edition.id(), language.code()).of(edition);
    }
}
