package org.youthimages.app.mail;

import io.micronaut.core.annotation.Nullable;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.youthimages.storage.mail.OutboundEmail;

import java.time.Instant;
import java.util.Date;
import java.util.Objects;

/**
 * Turns an outbox row into a MIME message: plain text and HTML alternatives, UTF-8, a stable Message-ID, and replies
 * going to the organisers' contact address when one is set.
 */
final class MessageBuilder {

    private MessageBuilder() {
    }

    static MimeMessage build(Session session, OutboundEmail email, String from, @Nullable String replyTo)
            throws MessagingException {
        InternetAddress sender = new InternetAddress(from);
        MimeMessage message = new StableIdMessage(session, messageId(email, sender));
        message.setFrom(sender);
        if (replyTo != null) {
            message.setReplyTo(new InternetAddress[] {new InternetAddress(replyTo)});
        }
        message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(email.recipient(), true));
        message.setSubject(email.subject(), "UTF-8");
        message.setSentDate(new Date());
        message.setHeader("Content-Language", email.locale());
        // Sent by the platform, not typed by a person: out-of-office replies (Exchange's too) stay away from the
        // organisers' Reply-To when a reminder goes to a whole jury.
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("X-Auto-Response-Suppress", "OOF, AutoReply");
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

    /**
     * The outbox row's number and creation time at the sender's domain: the same for each attempt to send that row,
     * and never the same for two rows, even across databases started afresh (a demo, a reinstall) that number their
     * rows from 1 again. Mail services silently drop a message whose Message-ID they have already seen.
     */
    static String messageId(OutboundEmail email, InternetAddress sender) {
        String address = sender.getAddress();
        Instant created = Objects.requireNonNull(email.createdAt(), "only an email stored in the outbox is sent");
        return "<outbox-" + email.id() + "." + created.toEpochMilli() + "@"
                + address.substring(address.lastIndexOf('@') + 1) + ">";
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
