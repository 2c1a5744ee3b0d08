package org.youthimages.app.status;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.youthimages.app.i18n.Language;
import org.youthimages.app.site.NotFoundPage;
import org.youthimages.app.site.Pages;
import org.youthimages.storage.entry.Person;

import java.net.URI;
import java.text.ListFormat;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The entrant's certificate of participation (or of award), a page laid out to print on one sheet or to save as a
 * PDF from the browser, in the reader's language. Before the results are published, or for an entry that did not
 * take part in the judging, the link leads back to the entry's page.
 */
@Controller("/entries/{token:[A-Za-z0-9_-]+}/certificate")
@ExecuteOn(TaskExecutors.BLOCKING)
class CertificateController {

    private final EntryStatusReader reader;
    private final Certificates certificates;
    private final Pages pages;

    CertificateController(EntryStatusReader reader, Certificates certificates, Pages pages) {
        this.reader = reader;
        this.certificates = certificates;
        this.pages = pages;
    }

    @Get
    HttpResponse<?> show(HttpRequest<?> request, String token) {
        Language language = pages.language(request);
        return reader.read(token, language).<HttpResponse<?>>map(status -> {
            Instant issued = certificates.issuedAt(status).orElse(null);
            if (issued == null) {
                return HttpResponse.seeOther(URI.create("/entries/" + token));
            }
            ListFormat and = ListFormat.getInstance(language.locale(), ListFormat.Type.STANDARD,
                    ListFormat.Style.FULL);
            List<String> team = status.team().stream().map(Person::fullName).toList();
            Map<String, Object> model = new HashMap<>();
            model.put("s", status);
            model.put("token", token);
            model.put("name", status.entrant().fullName());
            model.put("team", team.isEmpty() ? null : and.format(team));
            model.put("awards", status.awards().isEmpty() ? null : and.format(status.awards()));
            model.put("issued", issued.atZone(status.edition().zone()).toLocalDate());
            return pages.page(request, "certificate", HttpStatus.OK, model);
        }).orElseGet(() -> NotFoundPage.response(pages, request));
    }
}
