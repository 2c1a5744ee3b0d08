package org.youthimages.storage.mail;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
class MailOutboxIT {

    @Inject MailOutbox outbox;
    @Inject OutboundEmailRepository emails;

    @Test
    void keepsAQueuedEmailUntilItIsDelivered() {
        String recipient = UUID.randomUUID() + "@example.org";
        outbox.queue(OutboundEmail.of(recipient, "fr", "SUBMISSION_RECEIVED", "Film reçu", "Merci", null));

        OutboundEmail queued = emails.findByRecipientOrderById(recipient).getFirst();
        assertThat(queued.subject()).isEqualTo("Film reçu");
        assertThat(queued.sentAt()).isNull();
    }

    @Test
    void refusesAnAddressWithoutAnAtSign() {
        assertThatThrownBy(() -> outbox.queue(OutboundEmail.of("nobody", "en", "TEST", "s", "b", null)))
                .hasMessageContaining("outbound_email_recipient_check");
    }
}
