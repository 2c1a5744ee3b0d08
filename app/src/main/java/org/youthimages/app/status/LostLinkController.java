package org.youthimages.app.status;

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
import org.youthimages.app.i18n.Messages;
import org.youthimages.app.site.ClientAddresses;
import org.youthimages.app.site.FormLimits;
import org.youthimages.app.site.Pages;
import org.youthimages.storage.mail.EmailAddresses;
import org.youthimages.storage.ratelimit.RateLimiter;
import org.youthimages.storage.text.TypedText;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A new private link for an entrant who lost theirs: the reference and the entrant's email must match. The answer is
 * the same whether they match or not, so the page tells no one which entries exist.
 */
@Controller("/entries/lost")
@ExecuteOn(TaskExecutors.BLOCKING)
class LostLinkController {

    private final StatusLinks links;
    private final RateLimiter rateLimiter;
    private final ClientAddresses addresses;
    private final FormLimits limits;
    private final Pages pages;
    private final Messages messages;

    LostLinkController(StatusLinks links, RateLimiter rateLimiter, ClientAddresses addresses, FormLimits limits,
                       Pages pages, Messages messages) {
        this.links = links;
        this.rateLimiter = rateLimiter;
        this.addresses = addresses;
        this.limits = limits;
        this.pages = pages;
        this.messages = messages;
    }

    @Get
    HttpResponse<?> initForm(HttpRequest<?> request) {
        return page(request, HttpStatus.OK, Map.of(), Map.of(), false, false);
    }

    /**
     * A form with a field left empty or an address that cannot be one is sent back with the problem beside the field
     * and does not count as a try.
     */
    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> processForm(HttpRequest<?> request, @Body Map<String, String> form) {
        Map<String, String> typed = Map.of("reference", TypedText.line(form.get("reference")),
                "email", TypedText.line(form.get("email")));
        Map<String, String> errors = problems(request, typed);
        if (!errors.isEmpty()) {
            return page(request, HttpStatus.UNPROCESSABLE_ENTITY, typed, errors, false, false);
        }
        if (!rateLimiter.hit("lost-link:" + addresses.of(request), limits.linkRequestsPerHour(), Duration.ofHours(1)).isZero()) {
            return page(request, HttpStatus.OK, typed, Map.of(), false, true);
        }
        links.reissue(reference(typed.get("reference")), typed.get("email"));
        return page(request, HttpStatus.OK, Map.of(), Map.of(), true, false);
    }

    private Map<String, String> problems(HttpRequest<?> request, Map<String, String> typed) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (reference(typed.get("reference")).isEmpty()) {
            errors.put("reference", messages.get(pages.language(request), "error.required"));
        }
        if (typed.get("email").isEmpty()) {
            errors.put("email", messages.get(pages.language(request), "error.required"));
        } else if (!EmailAddresses.looksValid(typed.get("email"))) {
            errors.put("email", messages.get(pages.language(request), "error.email"));
        }
        return errors;
    }

    /**
     * The reference as stored: capitals, without the spaces and invisible direction marks that come along when it is
     * copied out of an email (Arabic emails isolate it).
     */
    static String reference(String typed) {
        return typed.replaceAll("[\\s\\p{Cf}]", "").toUpperCase(Locale.ROOT);
    }

    private HttpResponse<?> page(HttpRequest<?> request, HttpStatus status, Map<String, String> typed,
                                 Map<String, String> errors, boolean sent, boolean limited) {
        return pages.page(request, "lost", status,
                Map.of("f", typed, "err", errors, "sent", sent, "limited", limited));
    }
}
