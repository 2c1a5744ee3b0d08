package org.youthimages.storage.judging;

import org.youthimages.storage.sql.Jdbc;
import jakarta.inject.Singleton;

/** Counts in the database what the concurrency tests check. */
@Singleton
class AuditLogCounter {

    private final Jdbc jdbc;

    AuditLogCounter(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    int saves(long assignmentId) {
        return jdbc.one("""
                select count(*) from audit_event where action = 'scorecard.save' and subject_type = 'scorecard'
                   and subject_id = (select id::text from scorecard where assignment_id = ?)""",
                rs -> rs.getInt(1), assignmentId).orElseThrow();
    }

    int scoreRows(long assignmentId) {
        return jdbc.one("select count(*) from score s join scorecard c on c.id = s.scorecard_id where c.assignment_id = ?",
                rs -> rs.getInt(1), assignmentId).orElseThrow();
    }
}
