package org.youthimages.app.mail;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * Email delivery. With no SMTP host, each email is written to {@code outbox/} in the data folder and logged.
 *
 * @param smtpHost     SMTP server; empty: write emails to the outbox folder
 * @param smtpPort     its port (587 with STARTTLS, 465 with TLS, 25 plain)
 * @param smtpUser     user name, when the server wants one
 * @param smtpPassword its password
 * @param security     STARTTLS (required), TLS (implicit, port 465) or NONE
 * @param from         the sender address of every email
 * @param pollInterval how often due emails are looked for
 * @param maxAttempts  attempts before an email is marked failed
 * @param retryAfter   wait after the first failure; doubled after each further one
 */
@ConfigurationProperties("yi.mail")
public record MailSettings(@Nullable String smtpHost,
                           @Bindable(defaultValue = "587") int smtpPort,
                           @Nullable String smtpUser,
                           @Nullable String smtpPassword,
                           @Bindable(defaultValue = "STARTTLS") Security security,
                           @Bindable(defaultValue = "Youth Images <no-reply@youth-images.example>") String from,
                           @Bindable(defaultValue = "5s") Duration pollInterval,
                           @Bindable(defaultValue = "8") int maxAttempts,
                           @Bindable(defaultValue = "1m") Duration retryAfter) {

    public enum Security { STARTTLS, TLS, NONE }

    public boolean smtpConfigured() {
        return smtpHost != null && !smtpHost.isBlank();
    }
}
