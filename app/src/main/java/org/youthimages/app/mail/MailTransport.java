package org.youthimages.app.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** Where a built message goes: an SMTP server, or the outbox folder when none is configured. */
interface MailTransport {

    void send(MimeMessage message, String name) throws MessagingException;
}
