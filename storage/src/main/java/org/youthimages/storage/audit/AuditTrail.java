package org.youthimages.storage.audit;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.apache.commons.csv.CSVPrinter;
import org.youthimages.storage.account.AccessRules;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.export.SafeCsv;
import org.youthimages.storage.sql.Jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit log as organisers read it: every decision and change, newest first, filtered by edition, kind of action,
 * subject, who acted and when; and exported as CSV (the export itself is recorded).
 */
@Singleton
public class AuditTrail {

    /**
     * @param editionId  null: every event, including those of no edition (accounts)
     * @param action     an action or the start of one, e.g. {@code award} for every award decision
     * @param subject    a subject type, optionally with its id: {@code entry} or {@code entry:42}
     * @param actor      part of the actor's label (their email), case ignored
     */
    @io.micronaut.serde.annotation.Serdeable
    public record Filter(@Nullable Long editionId, @Nullable String action, @Nullable String subject,
                         @Nullable String actor, @Nullable Instant from, @Nullable Instant until) {

        public static Filter edition(@Nullable Long editionId) {
            return new Filter(editionId, null, null, null, null, null);
        }
    }

    private final AccessRules access;
    private final Jdbc jdbc;
    private final AuditLog audit;

    AuditTrail(AccessRules access, Jdbc jdbc, AuditLog audit) {
        this.access = access;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public List<AuditEvent> page(ActingAccount organiser, Filter filter, int offset, int limit) {
        access.requireOrganiser(organiser);
        Query q = query(filter);
        q.params.add(Math.max(0, offset));
        q.params.add(Math.max(0, limit));
        return jdbc.list("select * from audit_event" + q.where + " order by at desc, id desc offset ? limit ?",
                AuditTrail::event, q.params.toArray());
    }

    public int count(ActingAccount organiser, Filter filter) {
        access.requireOrganiser(organiser);
        Query q = query(filter);
        return jdbc.one("select count(*) from audit_event" + q.where, rs -> rs.getInt(1), q.params.toArray())
                .orElse(0);
    }

    /** Every matching event, oldest first, as CSV; records that it was exported. */
    public void writeCsv(ActingAccount organiser, Filter filter, Appendable out) {
        access.requireOrganiser(organiser);
        Query q = query(filter);
        try (CSVPrinter csv = new CSVPrinter(out, SafeCsv.FORMAT)) {
            csv.printRecord("at", "actor", "action", "edition_id", "subject_type", "subject_id", "before", "after");
            for (AuditEvent e : jdbc.list("select * from audit_event" + q.where + " order by at, id", AuditTrail::event,
                    q.params.toArray())) {
                csv.printRecord(e.at(), SafeCsv.text(e.actorLabel()), e.action(), e.editionId(), SafeCsv.text(e.subjectType()),
                        SafeCsv.text(e.subjectId()), SafeCsv.text(e.before()), SafeCsv.text(e.after()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the audit log", e);
        }
        audit.record(organiser.actor(), "audit.export", filter.editionId(), "audit_event", "export", null, filter);
    }

    private static Query query(Filter f) {
        Query q = new Query();
        if (f.editionId() != null) {
            q.and("edition_id = ?", f.editionId());
        }
        if (f.action() != null && !f.action().isBlank()) {
            String action = f.action().strip().toLowerCase();
            q.and("(action = ? or action like ?)", action, action.replace("%", "").replace("_", "\\_") + ".%");
        }
        if (f.subject() != null && !f.subject().isBlank()) {
            String[] parts = f.subject().strip().split(":", 2);
            q.and("subject_type = ?", parts[0]);
            if (parts.length == 2) {
                q.and("subject_id = ?", parts[1].strip());
            }
        }
        if (f.actor() != null && !f.actor().isBlank()) {
            q.and("strpos(lower(actor_label), ?) > 0", f.actor().strip().toLowerCase());
        }
        if (f.from() != null) {
            q.and("at >= ?", Timestamp.from(f.from()));
        }
        if (f.until() != null) {
            q.and("at < ?", Timestamp.from(f.until()));
        }
        return q;
    }

    private static AuditEvent event(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new AuditEvent(rs.getLong("id"), Jdbc.instant(rs, "at"), Jdbc.nullableLong(rs, "actor_id"),
                rs.getString("actor_label"), rs.getString("action"), Jdbc.nullableLong(rs, "edition_id"),
                rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("before"),
                rs.getString("after"));
    }

    private static final class Query {
        private final StringBuilder conditions = new StringBuilder();
        private final List<Object> params = new ArrayList<>();
        private String where = "";

        void and(String condition, Object... values) {
            conditions.append(conditions.isEmpty() ? " where " : " and ").append(condition);
            params.addAll(List.of(values));
            where = conditions.toString();
        }
    }
}
