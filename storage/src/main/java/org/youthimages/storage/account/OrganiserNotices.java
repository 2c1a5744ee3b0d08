package org.youthimages.storage.account;

import jakarta.inject.Singleton;

import java.util.List;
import java.util.ResourceBundle;
import java.util.function.BiFunction;

/**
 * Tells every active organiser about something they must act on (a juror's conflict, an entrant's withdrawal), each
 * in their own language, from the {@code i18n.judging-emails} texts. Queued in the caller's transaction, so the emails
 * go out exactly when what they report is committed.
 */
@Singleton
public class OrganiserNotices {

    private final AccountRepository accounts;
    private final JudgingEmails emails;
    private final JudgingLinks links;

    OrganiserNotices(AccountRepository accounts, JudgingEmails emails, JudgingLinks links) {
        this.accounts = accounts;
        this.emails = emails;
        this.links = links;
    }

    /**
     * Queues one email per active organiser.
     *
     * @param kind      the email's kind in the outbox
     * @param texts     the prefix of the email's keys ({@code texts + ".subject"}, {@code ".body"}, {@code ".action"})
     * @param link      where the email's action takes the organiser
     * @param arguments the message's arguments for one organiser, given the texts in their language
     * @return how many organisers were told
     */
    public int tell(String kind, String texts, String link, BiFunction<Account, ResourceBundle, Object[]> arguments) {
        List<Account> organisers = accounts.findActiveOrganisers();
        for (Account organiser : organisers) {
            emails.queue(organiser.email(), organiser.locale(), kind, texts, link,
                    language -> arguments.apply(organiser, language.texts()));
        }
        return organisers.size();
    }

    /** What someone said as their reason, or the notices' words for "no reason given" in the reader's language. */
    public static String reason(String said, ResourceBundle texts) {
        return said.isEmpty() ? texts.getString("noReason") : said;
    }

    /** The address of a page of the judging interface, for a link in a notice. */
    public String link(String path) {
        return links.base() + path;
    }
}
