package org.youthimages.app.mail;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.youthimages.storage.mail.OutboundEmail;

import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class MessageBuilderTest {

    private final Session session = Session.getInstance(new Properties());
    private final OutboundEmail email = stored(1, "2026-12-06T03:00:00Z");

    @Test
    void repliesGoToTheContactAddressWhenOneIsSet() throws Exception {
        MimeMessage message = MessageBuilder.build(session, email, "Youth Images <no-reply@example.org>",
                "contest@example.org");

        assertThat(message.getHeader("From")).containsExactly("Youth Images <no-reply@example.org>");
        assertThat(message.getHeader("Reply-To")).containsExactly("contest@example.org");
        assertThat(message.getHeader("Auto-Submitted")).as("no out-of-office reply to it")
                .containsExactly("auto-generated");
        assertThat(message.getHeader("X-Auto-Response-Suppress")).containsExactly("OOF, AutoReply");
    }

    @Test
    void theMessageIdStaysTheSameForEachAttemptButDiffersForARowNumberedAgainInAFreshDatabase() throws Exception {
        OutboundEmail row = stored(11, "2026-12-06T03:23:47.774Z");
        String from = "Youth Images <no-reply@youth-images.example>";

        String first = messageId(row, from);

        assertThat(first).isEqualTo("<outbox-11.1796527427774@youth-images.example>");
        assertThat(messageId(row, from)).as("sent again after a crash").isEqualTo(first);
        assertThat(messageId(stored(11, "2027-01-15T08:00:00Z"), from)).as("row 11 of a database started afresh")
                .isNotEqualTo(first);
    }

    /** The Message-ID as sent: JavaMail writes it when the message is saved for sending. */
    private String messageId(OutboundEmail row, String from) throws Exception {
        MimeMessage message = MessageBuilder.build(session, row, from, null);
        message.saveChanges();
        return message.getMessageID();
    }

    /** An outbox row as the database gives it back, with its number and creation time. */
    private static OutboundEmail stored(long id, String created) {
        return new OutboundEmail(id, "amani@example.org", "en", "TEST", "Your film is ready", "Hello Amani", null,
                java.time.Instant.parse(created), java.time.Instant.parse(created), 0, null, null, null);
    }

    @Test
    void withoutAContactAddressNoReplyToIsSet() throws Exception {
        MimeMessage message = MessageBuilder.build(session, email, "Youth Images <no-reply@example.org>", null);

        assertThat(message.getHeader("Reply-To")).isNull();
    }
}
