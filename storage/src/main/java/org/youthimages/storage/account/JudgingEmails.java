package org.youthimages.storage.account;

import jakarta.inject.Singleton;
import org.youthimages.storage.mail.MailOutbox;
import org.youthimages.storage.mail.OutboundEmail;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * One email of the judging side (to a juror or an organiser), written from the {@code i18n.judging-emails} texts in
 * the recipient's language and queued in the caller's transaction.
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
     * @param texts     the prefix of the subject's and body's keys ({@code texts + ".subject"}, {@code ".body"})
     * @param arguments the message's arguments, given the language it is written in
     */
    public void queue(String recipient, String locale, String kind, String texts,
                      Function<Language, Object[]> arguments) {
        Locale language = Languages.closest(locale);
        ResourceBundle bundle = Languages.texts("i18n.judging-emails", language);
        Object[] values = arguments.apply(new Language(language, bundle));
        outbox.queue(OutboundEmail.of(recipient, language.getLanguage(), kind,
                new MessageFormat(bundle.getString(texts + ".subject"), language).format(values),
                new MessageFormat(bundle.getString(texts + ".body"), language).format(values), null));
    }
}
