package org.youthimages.storage.privacy;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.youthimages.storage.audit.AuditLog;
import org.youthimages.storage.sql.Jdbc;

import java.util.List;
import java.util.Map;

/**
 * Personal data retention: once an edition's configured time has passed since its submissions closed, the personal
 * data of every entry's people is erased (anonymous statistics and what was published stay). Runs every hour and
 * records what it erased, per edition, in the audit log.
 */
@Singleton
@Requires(property = "yi.privacy.retention-sweep", notEquals = "false")
public class RetentionSweep {

    private final Jdbc jdbc;
    private final Erasure erasure;
    private final AuditLog audit;

    RetentionSweep(Jdbc jdbc, Erasure erasure, AuditLog audit) {
        this.jdbc = jdbc;
        this.erasure = erasure;
        this.audit = audit;
    }

    /** Erases what is due; returns how many entries were erased. */
    @Scheduled(fixedDelay = "${yi.privacy.retention-interval:1h}", initialDelay = "1m")
    @Transactional
    public int run() {
        record Due(long entryId, long editionId) {
        }
        List<Due> due = jdbc.list("""
                select e.id, e.edition_id from entry e join edition ed on ed.id = e.edition_id
                 where ed.personal_data_retention_days is not null and e.personal_data_erased_at is null
                   and ed.submissions_close_at + make_interval(days => ed.personal_data_retention_days) < now()
                 order by e.edition_id, e.id
                 for update of e skip locked""", rs -> new Due(rs.getLong(1), rs.getLong(2)));
        Map<Long, Long> perEdition = new java.util.TreeMap<>();
        for (Due entry : due) {
            erasure.erase(entry.entryId(), false);
            perEdition.merge(entry.editionId(), 1L, Long::sum);
        }
        perEdition.forEach((edition, count) -> audit.record(AuditLog.Actor.SYSTEM, "privacy.retention", edition,
                "edition", edition, null, Map.of("entries", count)));
        return due.size();
    }
}
