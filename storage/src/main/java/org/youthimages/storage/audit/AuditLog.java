package org.youthimages.storage.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Records decisions and changes: who, what, on which subject, and the state before and after.
 * Call it in the same transaction as the change, so the record exists exactly when the change does.
 */
@Singleton
public class AuditLog {

    private final AuditEventRepository events;
    private final ObjectMapper json;

    AuditLog(AuditEventRepository events, ObjectMapper json) {
        this.events = events;
        this.json = json;
    }

    /**
     * @param actor   who acted: an account, or the system
     * @param action  dotted lower-case name, e.g. {@code scorecard.submit}, {@code entry.eligibility}
     * @param before  the subject before the change (any serialisable value), or null when created
     * @param after   the subject after the change, or null when deleted
     */
    public AuditEvent record(Actor actor, String action, @Nullable Long editionId, String subjectType,
                             Object subjectId, @Nullable Object before, @Nullable Object after) {
        return events.save(new AuditEvent(null, null, actor.accountId(), actor.label(), action, editionId,
                subjectType, String.valueOf(subjectId), toJson(before), toJson(after)));
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot record " + value.getClass().getSimpleName() + " in the audit log", e);
        }
    }

    /** Who acted: an account (with a readable label such as its email) or the system itself. */
    public record Actor(@Nullable Long accountId, String label) {

        public static final Actor SYSTEM = new Actor(null, "system");

        public static Actor account(long id, String label) {
            return new Actor(id, label);
        }
    }
}
