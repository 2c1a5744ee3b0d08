package org.youthimages.app.submission;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.youthimages.app.site.NotFoundPage;
import org.youthimages.app.site.Pages;
import org.youthimages.app.status.EntryStatusReader;
import org.youthimages.storage.edition.EditionRepository;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.ratelimit.RateLimiter;
import org.youthimages.storage.submission.GuardianConsents;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * The entrant sends their parent or guardian the consent email again from the status page, when it went to a spam
 * folder or was deleted: not within {@link #INTERVAL} of the last one (which may be still on its way), and, against
 * a double tap, at most once per interval whatever the outbox says, so the button cannot flood anyone's inbox.
 */
@Controller("/entries/{token:[A-Za-z0-9_-]+}/guardian-email")
@ExecuteOn(TaskExecutors.BLOCKING)
class GuardianEmailController {

    static final Duration INTERVAL = Duration.ofMinutes(10);

    private final EntryStatusReader reader;
    private final GuardianConsents guardians;
    private final EditionRepository editions;
    private final Submissions submissions;
    private final RateLimiter rateLimiter;
    private final Pages pages;

    GuardianEmailController(EntryStatusReader reader, GuardianConsents guardians, EditionRepository editions,
                            Submissions submissions, RateLimiter rateLimiter, Pages pages) {
        this.reader = reader;
        this.guardians = guardians;
        this.editions = editions;
        this.submissions = submissions;
        this.rateLimiter = rateLimiter;
        this.pages = pages;
    }

    @Post(consumes = MediaType.ALL)
    HttpResponse<?> sendAgain(HttpRequest<?> request, String token) {
        Entry entry = reader.entryFor(token).orElse(null);
        if (entry == null) {
            return NotFoundPage.response(pages, request);
        }
        String page = "/entries/" + token;
        Duration sinceLast = guardians.lastAsked(entry.id())
                .map(last -> Duration.between(last, Instant.now())).orElse(INTERVAL);
        Duration wait = sinceLast.compareTo(INTERVAL) < 0 ? INTERVAL.minus(sinceLast)
                : rateLimiter.hit("guardian-email:" + entry.id(), 1, INTERVAL);
        if (!wait.isZero()) {
            long minutes = RateLimiter.minutesToWait(wait);
            return HttpResponse.seeOther(URI.create(page + "?guardian=wait&minutes=" + minutes + "#steps"));
        }
        boolean sent = submissions.askGuardianAgain(entry, editions.findById(entry.editionId()).orElseThrow())
                .isPresent();
        return HttpResponse.seeOther(URI.create(page + (sent ? "?guardian=sent#steps" : "#steps")));
    }
}
