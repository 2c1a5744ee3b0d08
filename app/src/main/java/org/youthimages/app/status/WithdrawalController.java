package org.youthimages.app.status;

import io.micronaut.core.annotation.Nullable;
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
import org.youthimages.app.site.NotFoundPage;
import org.youthimages.app.site.Pages;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.withdrawal.EntryWithdrawals;
import org.youthimages.storage.withdrawal.WithdrawalRefusedException;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * The entrant withdraws their entry from its private page: a page that says what withdrawing does and asks, then the
 * withdrawal itself. The private link is the entrant's key here as everywhere on the entry.
 */
@Controller("/entries/{token:[A-Za-z0-9_-]+}/withdraw")
@ExecuteOn(TaskExecutors.BLOCKING)
class WithdrawalController {

    private final EntryStatusReader reader;
    private final EntryWithdrawals withdrawals;
    private final Pages pages;

    WithdrawalController(EntryStatusReader reader, EntryWithdrawals withdrawals, Pages pages) {
        this.reader = reader;
        this.withdrawals = withdrawals;
        this.pages = pages;
    }

    @Get
    HttpResponse<?> confirm(HttpRequest<?> request, String token) {
        return reader.read(token, pages.language(request)).<HttpResponse<?>>map(status -> status.withdrawn()
                        ? HttpResponse.seeOther(URI.create("/entries/" + token))
                        : page(request, token, status, "", status.withdrawal(), HttpStatus.OK))
                .orElseGet(() -> NotFoundPage.response(pages, request));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> withdraw(HttpRequest<?> request, String token, @Nullable @Body Map<String, String> form) {
        Entry entry = reader.entryFor(token).orElse(null);
        if (entry == null) {
            return NotFoundPage.response(pages, request);
        }
        String reason = form == null ? "" : form.getOrDefault("reason", "");
        try {
            withdrawals.withdraw(entry.id(), reason);
        } catch (WithdrawalRefusedException refused) {
            if (refused.refusal() != EntryWithdrawals.Refusal.ALREADY_WITHDRAWN) {
                // the whole page is read only to say why not: a withdrawal that goes through never needs it
                EntryStatus status = reader.read(token, pages.language(request)).orElseThrow();
                return page(request, token, status, reason, refused.refusal(), HttpStatus.CONFLICT);
            }
        }
        return HttpResponse.seeOther(URI.create("/entries/" + token));
    }

    private HttpResponse<?> page(HttpRequest<?> request, String token, EntryStatus status, String reason,
                                 EntryWithdrawals.@Nullable Refusal refusal, HttpStatus httpStatus) {
        Map<String, Object> model = new HashMap<>();
        model.put("s", status);
        model.put("token", token);
        model.put("reason", reason);
        model.put("maxReason", EntryWithdrawals.MAX_REASON_LENGTH);
        model.put("refusal", refusal == null ? null : "withdraw.refused." + refusal.name());
        return pages.page(request, "withdraw", httpStatus, model);
    }
}
