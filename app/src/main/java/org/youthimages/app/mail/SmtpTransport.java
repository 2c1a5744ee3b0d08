package org.youthimages.app.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

/** Sends through the configured SMTP server. */
final class SmtpTransport implements MailTransport {

    private final MailSettings settings;

    SmtpTransport(MailSettings settings) {
        this.settings = settings;
    }

    @Override
    public void send(MimeMessage message, String name) throws MessagingException {
        if (settings.smtpUser() == null || settings.smtpUser().isBlank()) {
            Transport.send(message);
        } else {
            Transport.send(message, settings.smtpUser(), settings.smtpPassword());
        }
    }
}
