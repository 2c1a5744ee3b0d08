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
import org.youthimages.app.site.ClientAddresses;
import org.youthimages.app.site.FormLimits;
import org.youthimages.app.site.Pages;
import org.youthimages.storage.ratelimit.RateLimiter;

import java.time.Duration;
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

    LostLinkController(StatusLinks links, RateLimiter rateLimiter, ClientAddresses addresses, FormLimits limits,
                       Pages pages) {
        this.links = links;
        this.rateLimiter = rateLimiter;
        this.addresses = addresses;
        this.limits = limits;
        this.pages = pages;
    }

    @Get
    HttpResponse<?> initForm(HttpRequest<?> request) {
        return pages.page(request, "lost", HttpStatus.OK, Map.of("sent", false, "limited", false));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> processForm(HttpRequest<?> request, @Body Map<String, String> form) {
        if (!rateLimiter.hit("lost-link:" + addresses.of(request), limits.linkRequestsPerHour(), Duration.ofHours(1)).isZero()) {
            return pages.page(request, "lost", HttpStatus.OK, Map.of("sent", false, "limited", true));
        }
        links.reissue(form.getOrDefault("reference", "").strip().toUpperCase(Locale.ROOT),
                form.getOrDefault("email", "").strip());
        return pages.page(request, "lost", HttpStatus.OK, Map.of("sent", true, "limited", false));
    }
}
