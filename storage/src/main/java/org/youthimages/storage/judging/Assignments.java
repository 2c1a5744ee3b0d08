package org.youthimages.storage.judging;

import org.youthimages.storage.sql.Jdbc;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.youthimages.storage.account.AccessRules;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.audit.AuditLog;
import org.youthimages.storage.edition.Round;
import org.youthimages.storage.edition.RoundRepository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Organisers give films to jurors in a round. A pair with a conflict of interest is never assigned; assigning a
 * withdrawn pair again reactivates it, with its scorecard as it was. (Automatic, fair assignment builds on this.)
 */
@Singleton
public class Assignments {

    /** What an assignment request did. */
    public record Outcome(int assigned, int alreadyAssigned, List<Pair> skippedForConflict) {
    }

    public record Pair(long entryId, long jurorId) {
    }

    private final Jdbc jdbc;
    private final AccessRules access;
    private final RoundRepository rounds;
    private final AuditLog audit;

    Assignments(Jdbc jdbc, AccessRules access, RoundRepository rounds, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.rounds = rounds;
        this.audit = audit;
    }

    @Transactional
    public Outcome assign(ActingAccount organiser, long roundId, Collection<Long> entryIds, Collection<Long> jurorIds) {
        access.requireOrganiser(organiser);
        Round round = rounds.findById(roundId).orElseThrow(() -> new IllegalArgumentException("No round " + roundId));
        requireEntriesOf(round, entryIds);
        requireJurors(jurorIds);
        int assigned = 0;
        int already = 0;
        List<Pair> skipped = new ArrayList<>();
        for (long entryId : entryIds) {
            for (long jurorId : jurorIds) {
                if (hasConflict(entryId, jurorId)) {
                    skipped.add(new Pair(entryId, jurorId));
                } else if (assignOne(roundId, entryId, jurorId, organiser.id())) {
                    assigned++;
                } else {
                    already++;
                }
            }
        }
        audit.record(organiser.actor(), "assignment.assign", round.editionId(), "round", roundId, null,
                Map.of("entries", List.copyOf(entryIds), "jurors", List.copyOf(jurorIds), "assigned", assigned,
                        "skippedForConflict", skipped.size()));
        return new Outcome(assigned, already, skipped);
    }

    /** Takes a film back from a juror; a begun scorecard is kept, and comes back if the film is assigned again. */
    @Transactional
    public void withdraw(ActingAccount organiser, long assignmentId) {
        access.requireOrganiser(organiser);
        long edition = jdbc.one("select r.edition_id from assignment a join round r on r.id = a.round_id where a.id = ?",
                rs -> rs.getLong(1), assignmentId)
                .orElseThrow(() -> new IllegalArgumentException("No assignment " + assignmentId));
        jdbc.update("update assignment set state = 'WITHDRAWN' where id = ?", assignmentId);
        audit.record(organiser.actor(), "assignment.withdraw", edition, "assignment", assignmentId,
                Map.of("state", "ACTIVE"), Map.of("state", "WITHDRAWN"));
    }

    private boolean assignOne(long roundId, long entryId, long jurorId, long by) {
        return jdbc.update("""
                insert into assignment (round_id, entry_id, juror_id, assigned_by) values (?, ?, ?, ?)
                on conflict (round_id, entry_id, juror_id) do update
                   set state = 'ACTIVE', assigned_by = excluded.assigned_by
                 where assignment.state = 'WITHDRAWN'""", roundId, entryId, jurorId, by) > 0;
    }

    private boolean hasConflict(long entryId, long jurorId) {
        return jdbc.one("select 1 from conflict_of_interest where entry_id = ? and juror_id = ?",
                rs -> true, entryId, jurorId).isPresent();
    }

    private void requireEntriesOf(Round round, Collection<Long> entryIds) {
        for (long entryId : entryIds) {
            boolean ofEdition = jdbc.one("select edition_id = ? from entry where id = ?", rs -> rs.getBoolean(1),
                    round.editionId(), entryId).orElse(false);
            if (!ofEdition) {
                throw new IllegalArgumentException("Entry " + entryId + " is not an entry of this round's edition");
            }
        }
    }

    private void requireJurors(Collection<Long> jurorIds) {
        for (long jurorId : jurorIds) {
            boolean juror = jdbc.one("select active and 'JUROR' = any(roles) from account where id = ?",
                    rs -> rs.getBoolean(1), jurorId).orElse(false);
            if (!juror) {
                throw new IllegalArgumentException("Account " + jurorId + " is not an active juror");
            }
        }
    }
}
