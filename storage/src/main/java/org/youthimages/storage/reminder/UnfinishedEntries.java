package org.youthimages.storage.reminder;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.edition.EditionRepository;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.EntryRepository;
import org.youthimages.storage.entry.Person;
import org.youthimages.storage.entry.PersonRepository;
import org.youthimages.storage.sql.Jdbc;
import org.youthimages.storage.submission.GuardianConsents;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Entries that will not be judged unless something happens before the deadline: the film was never uploaded, or a
 * minor's parent or guardian has not confirmed their consent. Each is claimed once per deadline (an extended deadline
 * claims it again), in the caller's transaction, with rows locked so that several app instances never claim one
 * twice.
 */
@Singleton
public class UnfinishedEntries {

    /**
     * An entry to remind, with what is missing.
     *
     * @param guardianToken a new token for the guardian's consent link when their consent is missing (the old link
     *                      stops working: only the token's hash is kept, so a reminder cannot repeat the old link)
     */
    public record Unfinished(Entry entry, Edition edition, Person entrant, @Nullable Person guardian,
                             boolean filmMissing, @Nullable String guardianToken) {

        public boolean guardianMissing() {
            return guardianToken != null;
        }
    }

    private final Jdbc jdbc;
    private final EntryRepository entries;
    private final EditionRepository editions;
    private final PersonRepository people;
    private final GuardianConsents guardians;

    UnfinishedEntries(Jdbc jdbc, EntryRepository entries, EditionRepository editions, PersonRepository people,
                      GuardianConsents guardians) {
        this.jdbc = jdbc;
        this.entries = entries;
        this.editions = editions;
        this.people = people;
        this.guardians = guardians;
    }

    /**
     * Claims up to {@code limit} unfinished entries of editions whose submissions close within {@code beforeDeadline},
     * among entries at least {@code minimumAge} old (someone who started an hour ago needs no reminder yet).
     */
    public List<Unfinished> claim(Instant now, Duration beforeDeadline, Duration minimumAge, int limit) {
        record Claimed(long entryId, boolean filmMissing, boolean guardianMissing) {
        }
        List<Claimed> claimed = jdbc.list("""
                select e.id, e.status = 'AWAITING_UPLOAD' as film_missing, g.missing as guardian_missing
                  from entry e join edition ed on ed.id = e.edition_id
                 cross join lateral (select exists (select 1 from person p where p.entry_id = e.id
                                                       and p.role = 'GUARDIAN' and p.confirmed_at is null
                                                       and p.erased_at is null) as missing) g
                 where ed.state = 'LIVE' and ed.submissions_open_at <= ? and ed.submissions_close_at > ?
                   and ed.submissions_close_at <= ?
                   and e.created_at <= ?
                   and e.deadline_reminded_for is distinct from ed.submissions_close_at
                   and e.eligibility in ('PENDING', 'NEEDS_FIX') and e.personal_data_erased_at is null
                   and (e.status = 'AWAITING_UPLOAD' or g.missing)
                 order by e.created_at, e.id
                 limit ? for update of e skip locked""",
                rs -> new Claimed(rs.getLong(1), rs.getBoolean(2), rs.getBoolean(3)),
                Timestamp.from(now), Timestamp.from(now), Timestamp.from(now.plus(beforeDeadline)),
                Timestamp.from(now.minus(minimumAge)), limit);
        List<Unfinished> due = new ArrayList<>();
        for (Claimed c : claimed) {
            Entry entry = entries.findById(c.entryId()).orElseThrow();
            Edition edition = editions.findById(entry.editionId()).orElseThrow();
            jdbc.update("update entry set deadline_reminded_for = ? where id = ?",
                    Timestamp.from(edition.submissionsCloseAt()), entry.id());
            Person entrant = people.findByEntryIdAndRole(entry.id(), Person.Role.ENTRANT).orElseThrow();
            Person guardian = people.findByEntryIdAndRole(entry.id(), Person.Role.GUARDIAN).orElse(null);
            String token = null;
            if (c.guardianMissing() && guardian != null) {
                GuardianConsents.NewLink link =
                        guardians.relink(new GuardianConsents.Request(guardian, entrant, entry));
                guardian = link.request().guardian();
                token = link.token();
            }
            due.add(new Unfinished(entry, edition, entrant, guardian, c.filmMissing(), token));
        }
        return due;
    }
}
