package org.youthimages.storage.assignment;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.youthimages.storage.account.AccessRules;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.audit.AuditLog;
import org.youthimages.storage.decision.Refused;
import org.youthimages.storage.edition.Round;
import org.youthimages.storage.edition.RoundRepository;
import org.youthimages.storage.sql.Jdbc;

import java.util.Map;

/**
 * Organisers' changes by hand: give a film to a juror, take it back, hand it to another juror, and let a juror drop
 * out (their unfinished films go to the rest of the panel; what they submitted counts). A conflict of interest,
 * declared or detected as the round asks, is never assigned.
 */
@Singleton
public class AssignmentChanges {

    private final AccessRules access;
    private final RoundRepository rounds;
    private final RoundAssignment automatic;
    private final Jdbc jdbc;
    private final AuditLog audit;

    AssignmentChanges(AccessRules access, RoundRepository rounds, RoundAssignment automatic, Jdbc jdbc,
                      AuditLog audit) {
        this.access = access;
        this.rounds = rounds;
        this.automatic = automatic;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional
    public void assign(ActingAccount organiser, long roundId, long entryId, long jurorId) {
        access.requireOrganiser(organiser);
        Round round = open(roundId);
        give(round, entryId, jurorId, organiser.id());
        audit.record(organiser.actor(), "assignment.assign", round.editionId(), "round", roundId, null,
                Map.of("entry", entryId, "juror", jurorId));
    }

    @Transactional
    public void withdraw(ActingAccount organiser, long assignmentId) {
        access.requireOrganiser(organiser);
        Assigned a = assigned(assignmentId);
        open(a.roundId());
        jdbc.update("update assignment set state = 'WITHDRAWN' where id = ?", assignmentId);
        audit.record(organiser.actor(), "assignment.withdraw", a.editionId(), "assignment", assignmentId,
                Map.of("juror", a.jurorId(), "state", a.state()), Map.of("juror", a.jurorId(), "state", "WITHDRAWN"));
    }

    /** Hands the film to another juror; the first juror's scorecard, if begun, is kept but no longer counts. */
    @Transactional
    public void replace(ActingAccount organiser, long assignmentId, long newJurorId) {
        access.requireOrganiser(organiser);
        Assigned a = assigned(assignmentId);
        Round round = open(a.roundId());
        if (a.jurorId() == newJurorId) {
            return;
        }
        give(round, a.entryId(), newJurorId, organiser.id());
        jdbc.update("update assignment set state = 'WITHDRAWN' where id = ?", assignmentId);
        audit.record(organiser.actor(), "assignment.replace", a.editionId(), "assignment", assignmentId,
                Map.of("entry", a.entryId(), "juror", a.jurorId()), Map.of("entry", a.entryId(), "juror", newJurorId));
    }

    /**
     * A juror drops out of a round: they leave its panel, their films not yet submitted are withdrawn, and the
     * automatic assignment gives those films to the rest of the panel. Submitted scorecards still count.
     */
    @Transactional
    public AssignmentRun dropOut(ActingAccount organiser, long roundId, long jurorId) {
        access.requireOrganiser(organiser);
        Round round = open(roundId);
        int withdrawn = jdbc.update("""
                update assignment a set state = 'WITHDRAWN'
                 where a.round_id = ? and a.juror_id = ? and a.state = 'ACTIVE'
                   and not exists (select 1 from scorecard s where s.assignment_id = a.id and s.state = 'SUBMITTED')""",
                roundId, jurorId);
        if (round.panelId() != null) {
            jdbc.update("delete from jury_panel_member where panel_id = ? and account_id = ?", round.panelId(), jurorId);
        }
        audit.record(organiser.actor(), "assignment.drop_out", round.editionId(), "round", roundId,
                Map.of("juror", jurorId), Map.of("juror", jurorId, "withdrawn", withdrawn));
        return automatic.apply(organiser, roundId);
    }

    private void give(Round round, long entryId, long jurorId, long by) {
        ConflictRules.Party film = jdbc.one("""
                select e.id, p.country_code, p.organisation from entry e
                  left join person p on p.entry_id = e.id and p.role = 'ENTRANT'
                 where e.id = ? and e.edition_id = ?""",
                rs -> new ConflictRules.Party(rs.getLong(1), rs.getString(2), rs.getString(3)), entryId,
                round.editionId()).orElseThrow(() -> new Refused("assignment.notInEdition",
                "The film is not an entry of this round's edition"));
        ConflictRules.Party juror = jdbc.one("""
                select id, country_code, organisation from account where id = ? and active and 'JUROR' = any(roles)""",
                rs -> new ConflictRules.Party(rs.getLong(1), rs.getString(2), rs.getString(3)), jurorId)
                .orElseThrow(() -> new Refused("assignment.notJuror", "Account " + jurorId + " is not an active juror"));
        String declared = jdbc.one("select source from conflict_of_interest where entry_id = ? and juror_id = ?",
                rs -> rs.getString(1), entryId, jurorId).orElse(null);
        boolean detected = new ConflictRules(round.conflictOnSameCountry(), round.conflictOnSameOrganisation())
                .conflicting(film, juror);
        if (declared != null || detected) {
            throw new Refused("assignment.conflict", "This juror has a conflict of interest with the film",
                    declared != null ? declared : "DETECTED");
        }
        jdbc.update("""
                insert into assignment (round_id, entry_id, juror_id, assigned_by) values (?, ?, ?, ?)
                on conflict (round_id, entry_id, juror_id) do update
                   set state = 'ACTIVE', assigned_by = excluded.assigned_by where assignment.state = 'WITHDRAWN'""",
                round.id(), entryId, jurorId, by);
    }

    private Round open(long roundId) {
        Round round = rounds.findById(roundId).orElseThrow(() -> new Refused("noRound", "No round " + roundId, roundId));
        if (round.state() == Round.State.CLOSED) {
            throw new Refused("assignment.closed", "The round is closed: its assignments stay as they were");
        }
        return round;
    }

    private Assigned assigned(long assignmentId) {
        return jdbc.one("""
                select a.round_id, r.edition_id, a.entry_id, a.juror_id, a.state from assignment a
                  join round r on r.id = a.round_id where a.id = ?""",
                rs -> new Assigned(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5)),
                assignmentId).orElseThrow(() -> new Refused("gone", "No assignment " + assignmentId, assignmentId));
    }

    private record Assigned(long roundId, long editionId, long entryId, long jurorId, String state) {
    }
}
