package org.youthimages.storage.account;

import jakarta.inject.Singleton;
import org.youthimages.storage.mail.MailOutbox;
import org.youthimages.storage.mail.OutboundEmail;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.unbescape.html.HtmlEscape.escapeHtml4Xml;

/** The emails about accounts (invitation, password reset), in the recipient's language, queued in the outbox. */
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
        String link = links.choosePassword(token);
        String until = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneOffset.UTC).format(expiresAt);
        Object[] arguments = {account.displayName(), invitedBy, link, until};
        String subject = format(texts.getString(prefix + ".subject"), locale, arguments);
        String body = format(texts.getString(prefix + ".body"), locale, arguments);
        String escapedLink = escapeHtml4Xml(link);
        String html = "<p>" + escapeHtml4Xml(body).replace("\n\n", "</p><p>").replace("\n", "<br>")
                .replace(escapedLink, "<a href=\"" + escapedLink + "\">" + escapedLink + "</a>") + "</p>";
        outbox.queue(OutboundEmail.of(account.email(), locale.getLanguage(), kind, subject, body, html));
    }

    private static String format(String pattern, Locale locale, Object[] arguments) {
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
