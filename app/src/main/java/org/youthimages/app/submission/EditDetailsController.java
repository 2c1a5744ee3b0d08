package org.youthimages.app.submission;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.youthimages.app.edition.EditionRules;
import org.youthimages.app.edition.EditionRules.PublicEdition;
import org.youthimages.app.i18n.Language;
import org.youthimages.app.i18n.Messages;
import org.youthimages.app.site.NotFoundPage;
import org.youthimages.app.site.Pages;
import org.youthimages.app.status.EntryStatus;
import org.youthimages.app.status.EntryStatusReader;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Fixing an entry's details from its private link, while the edition is open and nothing is decided. */
@Controller("/entries/{token:[A-Za-z0-9_-]+}/edit")
@ExecuteOn(TaskExecutors.BLOCKING)
class EditDetailsController {

    private final EntryStatusReader reader;
    private final EditionRules rules;
    private final Submissions submissions;
    private final Pages pages;
    private final Messages messages;

    EditDetailsController(EntryStatusReader reader, EditionRules rules, Submissions submissions, Pages pages,
                          Messages messages) {
        this.reader = reader;
        this.rules = rules;
        this.submissions = submissions;
        this.pages = pages;
        this.messages = messages;
    }

    @Get
    HttpResponse<?> initUpdateForm(HttpRequest<?> request, String token) {
        Language language = pages.language(request);
        return reader.read(token, language).<HttpResponse<?>>map(status -> {
            if (!status.mayChange()) {
                return HttpResponse.seeOther(URI.create("/entries/" + token));
            }
            PublicEdition edition = rules.load(status.edition(), language);
            return form(request, token, edition, prefilled(status, edition), List.of(), false, HttpStatus.OK);
        }).orElseGet(() -> NotFoundPage.response(pages, request));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> processUpdateForm(HttpRequest<?> request, String token, @Body Map<String, String> body) {
        EntryStatus status = reader.read(token, pages.language(request)).orElse(null);
        if (status == null) {
            return NotFoundPage.response(pages, request);
        }
        if (!status.mayChange()) {
            return HttpResponse.seeOther(URI.create("/entries/" + token));
        }
        PublicEdition edition = rules.load(status.edition(), pages.language(request));
        SubmissionForm form = new SubmissionForm(body);
        if ("addMember".equals(form.get("do"))) {
            return form(request, token, edition, form, List.of(), true, HttpStatus.OK);
        }
        Language language = pages.language(request);
        SubmissionValidator validator = new SubmissionValidator(form, edition, language, messages,
                LocalDate.now(edition.edition().zone()));
        List<FieldError> errors = validator.validateDetails();
        if (!errors.isEmpty()) {
            return form(request, token, edition, form, errors, false, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        submissions.update(status.entry(), validator.toNewEntry(List.of()), edition.edition());
        return HttpResponse.seeOther(URI.create("/entries/" + token + "?saved=1#details"));
    }

    private static SubmissionForm prefilled(EntryStatus status, PublicEdition edition) {
        return EntryForms.withCodes(EntryForms.of(status), status.entry(), edition.themes(), edition.prizes());
    }

    private HttpResponse<?> form(HttpRequest<?> request, String token, PublicEdition edition, SubmissionForm form,
                                 List<FieldError> errors, boolean addMember, HttpStatus status) {
        return pages.page(request, "submit", status, FormPage.model(edition, form, errors, pages.language(request),
                messages, addMember, "/entries/" + token + "/edit", false));
    }
}
