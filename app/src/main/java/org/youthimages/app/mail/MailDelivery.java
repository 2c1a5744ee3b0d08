package org.youthimages.app.mail;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.youthimages.app.site.ContactSettings;
import org.youthimages.storage.embedded.DataFolder;
import org.youthimages.storage.mail.OutboundEmail;
import org.youthimages.storage.mail.OutboundEmailRepository;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

/**
 * Delivers the outbox, for every module's emails. Each email is sent while its row is locked
 * ({@code FOR UPDATE SKIP LOCKED}) and marked sent in the same transaction, so several app instances never send one
 * twice; a failure is retried with a doubling wait, up to a number of attempts.
 */
@Singleton
public class MailDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(MailDelivery.class);
    private static final int BATCH = 50;

    private final OutboundEmailRepository emails;
    private final TransactionOperations<Connection> transactions;
    private final MailSettings settings;
    private final Session session;
    private final MailTransport transport;
    private final ContactSettings contact;

    MailDelivery(OutboundEmailRepository emails, TransactionOperations<Connection> transactions, MailSettings settings,
                 DataFolder dataFolder, ContactSettings contact) {
        this.emails = emails;
        this.transactions = transactions;
        this.settings = settings;
        this.contact = contact;
        this.session = Session.getInstance(smtpProperties(settings));
        this.transport = settings.smtpConfigured() ? new SmtpTransport(settings)
                : new FolderTransport(dataFolder.resolve("outbox"));
    }

    /** Sends what is due, a batch at a time; returns how many were sent. */
    @Scheduled(fixedDelay = "${yi.mail.poll-interval:5s}", initialDelay = "${yi.mail.poll-interval:5s}")
    public int deliverDue() {
        int sent = 0;
        for (int i = 0; i < BATCH; i++) {
            Boolean result = transactions.executeWrite(status -> deliverOne());
            if (result == null) {
                break;
            }
            sent += result ? 1 : 0;
        }
        return sent;
    }

    /** @return null when nothing is due, else whether the email went out */
    private Boolean deliverOne() {
        List<OutboundEmail> due = emails.lockDue(1);
        if (due.isEmpty()) {
            return null;
        }
        OutboundEmail email = due.getFirst();
        try {
            transport.send(MessageBuilder.build(session, email, settings.from(), contact.email()),
                    email.id() + "-" + email.kind());
            emails.update(sent(email));
            return true;
        } catch (MessagingException | RuntimeException e) {
            OutboundEmail failed = failed(email, e);
            emails.update(failed);
            LOG.warn("Email {} ({}) to {} failed, attempt {}: {}{}", email.id(), email.kind(), email.recipient(),
                    failed.attempts(), e.getMessage(), failed.failedAt() != null ? "; giving up" : "");
            return false;
        }
    }

    private static OutboundEmail sent(OutboundEmail e) {
        return new OutboundEmail(e.id(), e.recipient(), e.locale(), e.kind(), e.subject(), e.bodyText(), e.bodyHtml(),
                e.createdAt(), e.sendAfter(), e.attempts() + 1, Instant.now(), null, e.lastError());
    }

    private OutboundEmail failed(OutboundEmail e, Exception error) {
        int attempts = e.attempts() + 1;
        Duration wait = settings.retryAfter().multipliedBy(1L << Math.min(attempts - 1, 16));
        Instant givenUp = attempts >= settings.maxAttempts() ? Instant.now() : null;
        String message = String.valueOf(error.getMessage());
        return new OutboundEmail(e.id(), e.recipient(), e.locale(), e.kind(), e.subject(), e.bodyText(), e.bodyHtml(),
                e.createdAt(), Instant.now().plus(wait), attempts, null, givenUp,
                message.length() > 1000 ? message.substring(0, 1000) : message);
    }

    private static Properties smtpProperties(MailSettings settings) {
        Properties properties = new Properties();
        if (!settings.smtpConfigured()) {
            return properties;
        }
        boolean tls = settings.security() == MailSettings.Security.TLS;
        String protocol = tls ? "smtps" : "smtp";
        properties.put("mail.transport.protocol", protocol);
        properties.put("mail." + protocol + ".host", settings.smtpHost());
        properties.put("mail." + protocol + ".port", Integer.toString(settings.smtpPort()));
        properties.put("mail." + protocol + ".auth", Boolean.toString(settings.smtpUser() != null && !settings.smtpUser().isBlank()));
        properties.put("mail." + protocol + ".connectiontimeout", "10000");
        properties.put("mail." + protocol + ".timeout", "30000");
        properties.put("mail." + protocol + ".writetimeout", "30000");
        if (settings.security() == MailSettings.Security.STARTTLS) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        return properties;
    }
}
