package org.youthimages.app.submission;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.youthimages.app.site.ClientAddresses;
import org.youthimages.app.site.FormLimits;
import org.youthimages.app.edition.EditionRules;
import org.youthimages.app.edition.EditionRules.PublicEdition;
import org.youthimages.app.i18n.Language;
import org.youthimages.app.i18n.Messages;
import org.youthimages.app.site.NotFoundPage;
import org.youthimages.app.site.Pages;
import org.youthimages.storage.ratelimit.RateLimiter;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The submission form of an edition: shown, checked on the server, and stored with its declarations. */
@Controller("/editions/{slug:[a-z0-9-]+}/submit")
@ExecuteOn(TaskExecutors.BLOCKING)
class SubmissionController {

    private final EditionRules rules;
    private final Submissions submissions;
    private final Pages pages;
    private final Messages messages;
    private final RateLimiter rateLimiter;
    private final ClientAddresses addresses;
    private final FormLimits limits;

    SubmissionController(EditionRules rules, Submissions submissions, Pages pages, Messages messages,
                         RateLimiter rateLimiter, ClientAddresses addresses, FormLimits limits) {
        this.rules = rules;
        this.submissions = submissions;
        this.pages = pages;
        this.messages = messages;
        this.rateLimiter = rateLimiter;
        this.addresses = addresses;
        this.limits = limits;
    }

    /** The empty form; {@code team} rows for team members are drawn at once (the page's script asks for them). */
    @Get
    HttpResponse<?> initCreationForm(HttpRequest<?> request, String slug, @Nullable @QueryValue Integer team) {
        SubmissionForm empty = team == null ? SubmissionForm.empty()
                : new SubmissionForm(Map.of("teamSlots", Integer.toString(team)));
        return rules.find(slug, pages.language(request)).<HttpResponse<?>>map(edition -> edition.open()
                        ? form(request, edition, empty, List.of(), false, HttpStatus.OK)
                        : closed(request, edition))
                .orElseGet(() -> NotFoundPage.response(pages, request));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> processCreationForm(HttpRequest<?> request, String slug, @Body Map<String, String> body) {
        PublicEdition edition = rules.find(slug, pages.language(request)).orElse(null);
        if (edition == null) {
            return NotFoundPage.response(pages, request);
        }
        if (!edition.open()) {
            return closed(request, edition);
        }
        SubmissionForm form = new SubmissionForm(body);
        if ("addMember".equals(form.get("do"))) {
            return form(request, edition, form, List.of(), true, HttpStatus.OK);
        }
        Language language = pages.language(request);
        LocalDate today = LocalDate.now(edition.edition().zone());
        SubmissionValidator validator = new SubmissionValidator(form, edition, language, messages, today);
        List<FieldError> errors = validator.validateNew();
        if (!errors.isEmpty()) {
            return form(request, edition, form, errors, false, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        Duration wait = rateLimiter.hit("submit:" + addresses.of(request), limits.submissionsPerHour(), Duration.ofHours(1));
        if (!wait.isZero()) {
            return form(request, edition, form, List.of(new FieldError("title", null,
                    messages.get(language, "error.ratelimited", RateLimiter.minutesToWait(wait)))), false, HttpStatus.TOO_MANY_REQUESTS);
        }
        String token = submissions.submit(validator.toNewEntry(Declarations.ENTRANT.stream()
                .map(kind -> Declarations.of(kind, language, messages)).toList()), edition.edition());
        return HttpResponse.seeOther(URI.create("/entries/" + token + "?welcome=1"));
    }

    private HttpResponse<?> form(HttpRequest<?> request, PublicEdition edition, SubmissionForm form,
                                 List<FieldError> errors, boolean addMember, HttpStatus status) {
        String action = "/editions/" + edition.edition().slug() + "/submit";
        return pages.page(request, "submit", status,
                FormPage.model(edition, form, errors, pages.language(request), messages, addMember, action, true));
    }

    private HttpResponse<?> closed(HttpRequest<?> request, PublicEdition edition) {
        return pages.page(request, "closed", HttpStatus.FORBIDDEN, Map.of("e", edition,
                "phase", edition.phase(Instant.now())));
    }
}
