package org.youthimages.storage.judging;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.youthimages.storage.account.AccessRules;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.account.OrganiserNotices;
import org.youthimages.storage.audit.AuditLog;
import org.youthimages.storage.sql.Jdbc;
import org.youthimages.storage.text.TypedText;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * "I know this entrant / I have a conflict": the film leaves the juror's queue at once (in every round), the
 * conflict is recorded so no one assigns it to them again, and every organiser is told by email to reassign it.
 */
@Singleton
public class Conflicts {

    /** A conflict as organisers see it. */
    public record Declared(long entryId, String reference, String title, long jurorId, String juror, String source,
                           String reason, Instant at) {
    }

    private final Jdbc jdbc;
    private final JurorAccess access;
    private final AccessRules accessRules;
    private final OrganiserNotices notices;
    private final AuditLog audit;

    Conflicts(Jdbc jdbc, JurorAccess access, AccessRules accessRules, OrganiserNotices notices, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.accessRules = accessRules;
        this.notices = notices;
        this.audit = audit;
    }

    @Transactional
    public void declare(ActingAccount juror, long assignmentId, String reason) {
        JurorAccess.OpenAssignment assignment = access.assignment(juror, assignmentId);
        String why = TypedText.paragraphs(reason);
        jdbc.update("""
                insert into conflict_of_interest (entry_id, juror_id, source, reason) values (?, ?, 'DECLARED', ?)
                on conflict (entry_id, juror_id) do nothing""", assignment.entryId(), juror.id(), why);
        jdbc.update("update assignment set state = 'WITHDRAWN' where entry_id = ? and juror_id = ? and state = 'ACTIVE'",
                assignment.entryId(), juror.id());
        audit.record(juror.actor(), "conflict.declare", assignment.editionId(), "assignment", assignmentId,
                Map.of("state", "ACTIVE"), Map.of("state", "WITHDRAWN", "reason", why));
        Film film = jdbc.one("""
                select e.reference, e.title, r.name from entry e, round r where e.id = ? and r.id = ?""",
                rs -> new Film(rs.getString(1), rs.getString(2), rs.getString(3)),
                assignment.entryId(), assignment.roundId()).orElseThrow();
        notices.tell("CONFLICT_DECLARED", "conflict", notices.link("/organiser/rounds/" + assignment.roundId()),
                (organiser, texts) -> new Object[] {organiser.displayName(), juror.displayName(), film.reference(),
                        film.title(), film.round(), OrganiserNotices.reason(why, texts)});
    }

    /** Every conflict recorded for the films of an edition, newest first. */
    public List<Declared> forEdition(ActingAccount organiser, long editionId) {
        accessRules.requireOrganiser(organiser);
        return jdbc.list("""
                select c.entry_id, e.reference, e.title, c.juror_id, j.display_name, c.source, c.reason, c.created_at
                  from conflict_of_interest c join entry e on e.id = c.entry_id join account j on j.id = c.juror_id
                 where e.edition_id = ? order by c.created_at desc, c.id desc""",
                rs -> new Declared(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), Jdbc.instant(rs, "created_at")), editionId);
    }

    private record Film(String reference, String title, String round) {
    }
}
