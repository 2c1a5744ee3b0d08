package org.youthimages.storage.audit;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
class AuditEventRepositoryIT {

    @Inject AuditEventRepository events;
    @Inject DataSource dataSource;

    @Test
    void keepsBeforeAndAfterOfAChange() {
        String subject = UUID.randomUUID().toString();
        events.save(new AuditEvent(null, null, null, "system", "entry.eligibility", null, "entry", subject,
                "{\"eligibility\": \"PENDING\"}", "{\"eligibility\": \"ELIGIBLE\"}"));

        AuditEvent stored = events.findBySubjectTypeAndSubjectIdOrderByAt("entry", subject).getFirst();
        assertThat(stored.at()).isNotNull();
        assertThat(stored.before()).contains("PENDING");
        assertThat(stored.after()).contains("ELIGIBLE");
    }

    @Test
    void refusesToRewriteOrDeleteHistory() throws Exception {
        String subject = UUID.randomUUID().toString();
        events.save(new AuditEvent(null, null, null, "system", "entry.eligibility", null, "entry", subject, null, null));

        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            assertThatThrownBy(() -> connection.createStatement().executeUpdate(
                    "update audit_event set actor_label = 'someone else' where subject_id = '" + subject + "'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> connection.createStatement().executeUpdate(
                    "delete from audit_event where subject_id = '" + subject + "'"))
                    .hasMessageContaining("append-only");
        }
    }
}
