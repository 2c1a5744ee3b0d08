package org.youthimages.storage.account;

import jakarta.inject.Singleton;
import org.youthimages.storage.mail.MailOutbox;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The emails about accounts (invitation, password reset), in the recipient's language, written in the same shape as
 * every other email of the platform ({@link BundleEmail}) and queued in the outbox.
 */
@Singleton
class AccountEmails {

    static final String INVITATION = "JUROR_INVITATION";
    static final String PASSWORD_RESET = "PASSWORD_RESET";

    private final MailOutbox outbox;
    private final JudgingLinks links;

    AccountEmails(MailOutbox outbox, JudgingLinks links) {
        this.outbox = outbox;
        this.links = links;
    }

    void invitation(Account account, String invitedBy, String token, Instant expiresAt) {
        send(account, INVITATION, "invitation", token, expiresAt, invitedBy);
    }

    void passwordReset(Account account, String token, Instant expiresAt) {
        send(account, PASSWORD_RESET, "reset", token, expiresAt, "");
    }

    private void send(Account account, String kind, String prefix, String token, Instant expiresAt, String invitedBy) {
        Locale locale = Languages.closest(account.locale());
        ResourceBundle texts = Languages.texts("i18n.account-emails", locale);
        String until = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneOffset.UTC).format(expiresAt);
        outbox.queue(BundleEmail.write(texts, locale, account.email(), kind, prefix, links.choosePassword(token),
                account.displayName(), invitedBy, until).toOutbound());
    }
}
