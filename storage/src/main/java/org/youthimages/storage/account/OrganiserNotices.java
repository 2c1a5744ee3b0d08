package org.youthimages.storage.account;

import jakarta.inject.Singleton;
import org.youthimages.storage.mail.MailOutbox;
import org.youthimages.storage.mail.OutboundEmail;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.BiFunction;

/**
 * Tells every active organiser about something they must act on (a juror's conflict, an entrant's withdrawal), each
 * in their own language, from the {@code i18n.judging-emails} texts. Queued in the caller's transaction, so the emails
 * go out exactly when what they report is committed.
 */
@Singleton
public class OrganiserNotices {

    private static final String TEXTS = "i18n.judging-emails";

    private final AccountRepository accounts;
    private final MailOutbox outbox;
    private final JudgingLinks links;

    OrganiserNotices(AccountRepository accounts, MailOutbox outbox, JudgingLinks links) {
        this.accounts = accounts;
        this.outbox = outbox;
        this.links = links;
    }

    /**
     * Queues one email per active organiser.
     *
     * @param kind      the email's kind in the outbox
     * @param texts     the prefix of the subject's and body's keys ({@code texts + ".subject"}, {@code ".body"})
     * @param arguments the message's arguments for one organiser, given the texts in their language
     * @return how many organisers were told
     */
    public int tell(String kind, String texts, BiFunction<Account, ResourceBundle, Object[]> arguments) {
        int told = 0;
        for (Account organiser : accounts.findActiveOrganisers()) {
            Locale locale = Languages.closest(organiser.locale());
            ResourceBundle bundle = Languages.texts(TEXTS, locale);
            Object[] values = arguments.apply(organiser, bundle);
            outbox.queue(OutboundEmail.of(organiser.email(), locale.getLanguage(), kind,
                    new MessageFormat(bundle.getString(texts + ".subject"), locale).format(values),
                    new MessageFormat(bundle.getString(texts + ".body"), locale).format(values), null));
            told++;
        }
        return told;
    }

    /** The address of a page of the judging interface, for a link in a notice. */
    public String link(String path) {
        return links.base() + path;
    }
}
