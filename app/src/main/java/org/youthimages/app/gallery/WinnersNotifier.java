package org.youthimages.app.gallery;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.youthimages.app.i18n.Language;
import org.youthimages.app.mail.Letters;
import org.youthimages.storage.mail.Email;
import org.youthimages.storage.mail.MailOutbox;
import org.youthimages.storage.publication.PublicSiteLinks;
import org.youthimages.storage.publication.PublicationNotices;
import org.youthimages.storage.translation.EditionTexts;
import org.youthimages.storage.translation.EditionTranslations;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * When an edition's winners are published, every entrant is emailed in the language they entered in: the winners
 * with the awards their film won, the others with thanks; both with the gallery's address, and where the jurors
 * wrote comments for them, how to read them. Once per edition.
 */
@Singleton
public class WinnersNotifier {

    private final PublicationNotices notices;
    private final MailOutbox outbox;
    private final Letters letters;
    private final PublicSiteLinks site;
    private final TransactionOperations<Connection> transactions;
    private final EditionTranslations translations;

    WinnersNotifier(PublicationNotices notices, MailOutbox outbox, Letters letters, PublicSiteLinks site,
                    TransactionOperations<Connection> transactions, EditionTranslations translations) {
        this.translations = translations;
        this.transactions = transactions;
        this.notices = notices;
        this.outbox = outbox;
        this.letters = letters;
        this.site = site;
    }

    /** Announces every publication not yet announced; returns how many entrants were emailed. */
    @Scheduled(fixedDelay = "${yi.mail.status-interval:10s}", initialDelay = "${yi.mail.status-interval:10s}")
    public int announce() {
        int sent = 0;
        for (int told = announceNext(); told >= 0; told = announceNext()) {
            sent += told;
        }
        return sent;
    }

    /** Announces one publication in one transaction; -1 when none is due. */
    private int announceNext() {
        return transactions.executeWrite(status -> notices.lockNext().map(due -> {
            int sent = 0;
            if (!due.alreadyTold()) {
                String gallery = site.gallery(due.slug());
                Map<Language, EditionTexts> textsByLanguage = new EnumMap<>(Language.class);
                for (PublicationNotices.Recipient recipient : notices.recipients(due.editionId())) {
                    Language language = Language.of(recipient.locale()).orElse(Language.EN);
                    EditionTexts texts = textsByLanguage.computeIfAbsent(language,
                            l -> translations.forReaders(due.editionId(), l.code()));
                    outbox.queue(email(recipient, language, texts, due.editionName(), gallery).toOutbound());
                    sent++;
                }
            }
            notices.markTold(due.publicationId());
            return sent;
        }).orElse(-1));
    }

    private Email email(PublicationNotices.Recipient r, Language l, EditionTexts texts, String editionAsWritten,
                        String gallery) {
        String edition = texts.editionName(editionAsWritten);
        List<String> paragraphs = new ArrayList<>();
        String subject;
        String kind;
        if (r.awards().isEmpty()) {
            kind = "WINNERS_PUBLISHED";
            subject = m(l, "mail.published.subject", edition);
            paragraphs.add(m(l, "mail.published.p1", edition, r.title()));
            paragraphs.add(m(l, "mail.published.p2"));
        } else {
            kind = "AWARD_WON";
            subject = m(l, "mail.winner.subject", r.reference());
            String awards = String.join(", ", r.awards().stream()
                    .map(a -> m(l, "gallery.award." + a.kind(), texts.awardName(a.kind(), a.code(), a.name())))
                    .toList());
            paragraphs.add(m(l, "mail.winner.p1", r.title(), awards, edition));
            paragraphs.add(m(l, "mail.winner.p2"));
        }
        if (r.juryComments()) {
            paragraphs.add(m(l, "mail.jury.comments", site.url("/entries/lost")));
        }
        return letters.write(l, Letters.Reader.ENTRANT, r.email(), r.givenName(), kind, subject, paragraphs,
                "mail.action.gallery", gallery);
    }

    private String m(Language language, String key, Object... args) {
        return letters.text(language, key, args);
    }
}
