package org.youthimages.app.status;

import io.micronaut.core.annotation.Nullable;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.Person;
import org.youthimages.storage.submission.EntryRules;
import org.youthimages.storage.withdrawal.EntryWithdrawals;

import java.time.Instant;
import java.util.List;

/**
 * Where an entry stands, as its status page shows it.
 *
 * @param progressPercent how much of the film is encoded, while it is processed
 * @param posterUrl       a signed link to the poster, once ready
 * @param previewUrl      a signed link to a web rendition, once ready
 * @param lock            why the entrant may no longer change the entry, or null while they may
 * @param juryComments    what the jurors wrote for the entrant, once the winners are published
 * @param withdrawnAt     when the entrant withdrew the entry, if they did: its film is gone, so the page shows no
 *                        film steps
 * @param withdrawal      why the entry cannot be withdrawn now, or null when the entrant may withdraw it
 */
public record EntryStatus(Entry entry, Edition edition, Person entrant, @Nullable Person guardian, List<Person> team,
                          @Nullable Integer progressPercent, @Nullable String posterUrl, @Nullable String previewUrl,
                          @Nullable String originalName, boolean shortlisted, List<String> awards,
                          EntryRules.@Nullable Lock lock,
                          String categoryName, String mainTheme, @Nullable String secondaryTheme,
                          List<String> juryComments, @Nullable Instant withdrawnAt,
                          EntryWithdrawals.@Nullable Refusal withdrawal) {

    public boolean mayChange() {
        return lock == null;
    }

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    public boolean mayWithdraw() {
        return withdrawal == null;
    }

    public boolean awaitingFilm() {
        return !withdrawn() && entry.status() == Entry.Status.AWAITING_UPLOAD;
    }

    public boolean processing() {
        return !withdrawn() && (entry.status() == Entry.Status.RECEIVED || entry.status() == Entry.Status.PROCESSING);
    }

    public boolean ready() {
        return !withdrawn() && entry.status() == Entry.Status.READY;
    }

    public boolean rejected() {
        return !withdrawn() && entry.status() == Entry.Status.REJECTED;
    }

    public boolean guardianPending() {
        return guardian != null && guardian.confirmedAt() == null;
    }
}
