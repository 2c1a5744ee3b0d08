package org.youthimages.app.status;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.youthimages.app.mail.SubmissionEmails;
import org.youthimages.app.mail.SubmissionEmails.Change;
import org.youthimages.storage.edition.EditionRepository;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.Person;
import org.youthimages.storage.entry.PersonRepository;
import org.youthimages.storage.submission.SubmissionQueries;

import java.util.ArrayList;
import java.util.List;

/**
 * Tells entrants by email when their film is ready or refused (the transcoder decides) and when the organisers decide
 * its eligibility. Whoever changes an entry needs to know nothing about emails; rows are locked while they are
 * handled, so several app instances never send one notice twice.
 */
@Singleton
public class StatusNotifier {

    private final SubmissionQueries queries;
    private final EditionRepository editions;
    private final PersonRepository people;
    private final SubmissionEmails emails;

    StatusNotifier(SubmissionQueries queries, EditionRepository editions, PersonRepository people,
                   SubmissionEmails emails) {
        this.queries = queries;
        this.editions = editions;
        this.people = people;
        this.emails = emails;
    }

    @Scheduled(fixedDelay = "${yi.mail.status-interval:10s}", initialDelay = "${yi.mail.status-interval:10s}")
    @Transactional
    public int notifyChanges() {
        List<Entry> changed = queries.lockUnnotified(50);
        for (Entry entry : changed) {
            Person entrant = people.findByEntryIdAndRole(entry.id(), Person.Role.ENTRANT).orElse(null);
            if (entrant != null && entrant.email() != null) {
                var edition = editions.findById(entry.editionId()).orElseThrow();
                Person guardian = people.findByEntryIdAndRole(entry.id(), Person.Role.GUARDIAN).orElse(null);
                statusChange(entry).forEach(change -> emails.statusChanged(entry, edition, entrant, guardian, change));
            }
            queries.markNotified(entry.id());
        }
        return changed.size();
    }

    private List<Change> statusChange(Entry entry) {
        List<Change> changes = new ArrayList<>();
        if (!entry.status().name().equals(queries.notifiedStatus(entry.id()))) {
            if (entry.status() == Entry.Status.READY) {
                changes.add(Change.READY);
            } else if (entry.status() == Entry.Status.REJECTED) {
                changes.add(Change.REJECTED);
            }
        }
        if (entry.eligibility() != Entry.Eligibility.PENDING
                && !entry.eligibility().name().equals(queries.notifiedEligibility(entry.id()))) {
            changes.add(Change.valueOf(entry.eligibility().name()));
        }
        return changes;
    }
}
