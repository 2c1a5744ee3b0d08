package org.youthimages.app.mail;

import io.micronaut.core.annotation.Nullable;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.youthimages.storage.mail.OutboundEmail;

import java.util.Date;

/**
 * Turns an outbox row into a MIME message: plain text and HTML alternatives, UTF-8, a stable Message-ID, and replies
 * going to the organisers' contact address when one is set.
 */
final class MessageBuilder {

    private MessageBuilder() {
    }

    static MimeMessage build(Session session, OutboundEmail email, String from, @Nullable String replyTo)
            throws MessagingException {
        MimeMessage message = new StableIdMessage(session, "<outbox-" + email.id() + "@youth-images>");
        message.setFrom(new InternetAddress(from));
        if (replyTo != null) {
            message.setReplyTo(new InternetAddress[] {new InternetAddress(replyTo)});
        }
        message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(email.recipient(), true));
        message.setSubject(email.subject(), "UTF-8");
        message.setSentDate(new Date());
        message.setHeader("Content-Language", email.locale());
        if (email.bodyHtml() == null) {
            message.setText(email.bodyText(), "UTF-8");
            return message;
        }
        MimeBodyPart text = new MimeBodyPart();
        text.setText(email.bodyText(), "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(email.bodyHtml(), "UTF-8", "html");
        message.setContent(new MimeMultipart("alternative", text, html));
        return message;
    }

    /** A Message-ID derived from the outbox row, so a receiving server can drop a copy sent again after a crash. */
    private static final class StableIdMessage extends MimeMessage {
        private final String id;

        StableIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
