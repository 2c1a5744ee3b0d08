package org.youthimages.app.mail;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.youthimages.storage.mail.OutboundEmail;

import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class MessageBuilderTest {

    private final Session session = Session.getInstance(new Properties());
    private final OutboundEmail email = OutboundEmail.of("amani@example.org", "en", "TEST", "Your film is ready",
            "Hello Amani", null);

    @Test
    void repliesGoToTheContactAddressWhenOneIsSet() throws Exception {
        MimeMessage message = MessageBuilder.build(session, email, "Youth Images <no-reply@example.org>",
                "contest@example.org");

        assertThat(message.getHeader("From")).containsExactly("Youth Images <no-reply@example.org>");
        assertThat(message.getHeader("Reply-To")).containsExactly("contest@example.org");
    }

    @Test
    void withoutAContactAddressNoReplyToIsSet() throws Exception {
        MimeMessage message = MessageBuilder.build(session, email, "Youth Images <no-reply@example.org>", null);

        assertThat(message.getHeader("Reply-To")).isNull();
    }
}
