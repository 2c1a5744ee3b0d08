package org.youthimages.storage.audit;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class AuditLogIT {

    @Inject AuditLog log;
    @Inject AuditEventRepository events;

    @Serdeable
    record Eligibility(String state, String reason) {
    }

    @Test
    void recordsWhoChangedWhatWithTheStateBeforeAndAfterAsJson() {
        String subject = UUID.randomUUID().toString();

        log.record(AuditLog.Actor.SYSTEM, "entry.eligibility", null, "entry", subject,
                new Eligibility("PENDING", null), new Eligibility("INELIGIBLE", "Over the age limit"));

        AuditEvent event = events.findBySubjectTypeAndSubjectIdOrderByAt("entry", subject).getFirst();
        assertThat(event.actorLabel()).isEqualTo("system");
        assertThat(event.before()).contains("PENDING");
        assertThat(event.after()).contains("Over the age limit");
    }
}
