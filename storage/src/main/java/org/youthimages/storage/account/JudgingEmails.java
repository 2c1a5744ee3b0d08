package org.youthimages.storage.account;

import jakarta.inject.Singleton;
import org.youthimages.storage.mail.MailOutbox;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * One email of the judging side (to a juror or an organiser), written from the {@code i18n.judging-emails} texts in
 * the recipient's language in the shape of every email of the platform ({@link BundleEmail}: greeting, the body's
 * paragraphs, a button for the action, sign-off) and queued in the caller's transaction.
 */
@Singleton
public class JudgingEmails {

    /** The language an email is written in, and its texts in that language. */
    public record Language(Locale locale, ResourceBundle texts) {
    }

    private final MailOutbox outbox;

    JudgingEmails(MailOutbox outbox) {
        this.outbox = outbox;
    }

    /**
     * @param locale    the recipient's language tag; the closest of the judging interface's languages is used
     * @param texts     the prefix of the email's keys: {@code texts + ".subject"}, {@code ".body"} (its paragraphs
     *                  separated by a blank line) and {@code ".action"} (the label of the link)
     * @param link      where the action takes the recipient
     * @param arguments the message's arguments, given the language it is written in; the first is the recipient's
     *                  name, which the greeting uses
     */
    public void queue(String recipient, String locale, String kind, String texts, String link,
                      Function<Language, Object[]> arguments) {
        Locale language = Languages.closest(locale);
        ResourceBundle bundle = Languages.texts("i18n.judging-emails", language);
        Object[] values = arguments.apply(new Language(language, bundle));
        outbox.queue(BundleEmail.write(bundle, language, recipient, kind, texts, link, values).toOutbound());
    }
}
