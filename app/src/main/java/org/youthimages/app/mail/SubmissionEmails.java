package org.youthimages.app.mail;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.youthimages.app.i18n.Formats;
import org.youthimages.app.i18n.Language;
import org.youthimages.app.mail.Letters.Reader;
import org.youthimages.app.status.RejectionTexts;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.Person;
import org.youthimages.storage.mail.MailOutbox;
import org.youthimages.storage.publication.PublicSiteLinks;
import org.youthimages.storage.reminder.UnfinishedEntries;
import org.youthimages.storage.submission.GuardianConsents;
import org.youthimages.storage.translation.EditionTranslations;

import java.util.ArrayList;
import java.util.List;

/**
 * The emails of a submission's life, in the entrant's language (the guardian's too: it is the language the
 * family chose). Each is queued in the caller's transaction.
 */
@Singleton
public class SubmissionEmails {

    private final MailOutbox outbox;
    private final Letters letters;
    private final PublicSiteLinks site;
    private final RejectionTexts rejections;
    private final EditionTranslations translations;

    SubmissionEmails(MailOutbox outbox, Letters letters, PublicSiteLinks site, RejectionTexts rejections,
                     EditionTranslations translations) {
        this.translations = translations;
        this.outbox = outbox;
        this.letters = letters;
        this.site = site;
        this.rejections = rejections;
    }

    public void entryStarted(Entry entry, Edition edition, Person entrant, String statusToken, @Nullable Person guardian) {
        Language l = language(entry);
        List<String> text = new ArrayList<>(List.of(
                m(l, "mail.started.p1", entry.title(), editionName(edition, l)),
                m(l, "mail.started.p2", entry.reference())));
        if (guardian != null) {
            text.add(m(l, "mail.started.guardian", guardian.email()));
        }
        queue(entrant, entry, "ENTRY_STARTED", m(l, "mail.started.subject", entry.reference(), entry.title()), text,
                "mail.action.entry", site.url("/entries/" + statusToken));
    }

    public void guardianConsentRequest(Entry entry, Edition edition, Person entrant, Person guardian, String token) {
        Language l = language(entry);
        queue(Reader.GUARDIAN, guardian, entry, GuardianConsents.REQUEST_EMAIL,
                m(l, "mail.guardian.subject", entrant.givenName()), consentRequest(entry, edition, entrant, l),
                "mail.action.guardian", site.url("/guardian/" + token));
    }

    /** What a guardian is asked: whose film, in which contest, and why their consent is needed. */
    private List<String> consentRequest(Entry entry, Edition edition, Person entrant, Language l) {
        return List.of(m(l, "mail.guardian.p1", entrant.givenName(), entry.title(), editionName(edition, l)),
                m(l, "mail.guardian.p2", entrant.givenName()),
                m(l, "mail.guardian.p3"));
    }

    public void guardianConfirmed(Entry entry, Person entrant, Person guardian) {
        Language l = language(entry);
        queue(entrant, entry, "GUARDIAN_CONFIRMED", m(l, "mail.confirmed.subject", entry.reference()), List.of(
                m(l, "mail.confirmed.p1", guardian.givenName(), entry.title()), follow(l)), null, null);
    }

    public void filmReceived(Entry entry, Person entrant, String filename, long bytes) {
        Language l = language(entry);
        queue(entrant, entry, "FILM_RECEIVED", m(l, "mail.received.subject", entry.reference()), List.of(
                m(l, "mail.received.p1", entry.title(), filename, new Formats(l).size(bytes)),
                m(l, "mail.received.p2"), follow(l)), null, null);
    }

    /**
     * A status or eligibility change made by the media pipeline, the organisers, or the entrant's withdrawal. A film
     * ready while a parent or guardian has not confirmed yet says that the jury waits for them.
     */
    public void statusChanged(Entry entry, Edition edition, Person entrant, @Nullable Person guardian, Change change) {
        Language l = language(entry);
        List<String> text = new ArrayList<>();
        String key = switch (change) {
            case READY -> "mail.ready";
            case REJECTED -> "mail.rejected";
            case ELIGIBLE -> "mail.eligible";
            case INELIGIBLE -> "mail.ineligible";
            case NEEDS_FIX -> "mail.needsfix";
            case WITHDRAWN -> "mail.withdrawn";
        };
        text.add(m(l, key + ".p1", entry.title(), String.valueOf(entry.eligibilityReason())));
        if (change == Change.READY && guardian != null && guardian.confirmedAt() == null) {
            text.add(m(l, "mail.ready.guardian", guardian.email()));
        }
        if (change == Change.REJECTED) {
            RejectionTexts.Text reason = rejections.explain(entry.rejectionCode(), edition, l);
            text.add(reason.what());
            text.add(reason.todo());
        }
        if (change != Change.WITHDRAWN) {
            text.add(follow(l));
        }
        queue(entrant, entry, "STATUS_" + change.name(), m(l, key + ".subject", entry.reference()), text, null, null);
    }

    /** The deadline is near and the entry is missing its film, its guardian's consent, or both. */
    public void deadlineReminder(UnfinishedEntries.Unfinished due) {
        Entry entry = due.entry();
        Language l = language(entry);
        List<String> text = new ArrayList<>(List.of(m(l, "mail.deadline.p1", editionName(due.edition(), l),
                deadline(due.edition(), l))));
        if (due.filmMissing()) {
            text.add(m(l, "mail.deadline.film", entry.title()));
        }
        if (due.guardianMissing()) {
            text.add(m(l, "mail.deadline.guardian", due.guardian().email()));
        }
        text.add(follow(l));
        queue(due.entrant(), entry, "DEADLINE_REMINDER", m(l, "mail.deadline.subject", entry.reference()), text,
                null, null);
    }

    /** The guardian's consent request again, with a new link, because the deadline is near. */
    public void guardianReminder(UnfinishedEntries.Unfinished due) {
        Entry entry = due.entry();
        Language l = language(entry);
        List<String> text = new ArrayList<>(List.of(m(l, "mail.guardian.reminder.p1", deadline(due.edition(), l))));
        text.addAll(consentRequest(entry, due.edition(), due.entrant(), l));
        queue(Reader.GUARDIAN, due.guardian(), entry, GuardianConsents.REMINDER_EMAIL,
                m(l, "mail.guardian.reminder.subject", due.entrant().givenName()), text,
                "mail.action.guardian", site.url("/guardian/" + due.guardianToken()));
    }

    /** When the edition's submissions close, in its own time zone, written in the reader's language. */
    private static String deadline(Edition edition, Language l) {
        return new Formats(l).dateTime(edition.submissionsCloseAt(), edition.zone());
    }

    public void linkReissued(Entry entry, Person entrant, String statusToken) {
        Language l = language(entry);
        queue(entrant, entry, "LINK_REISSUED", m(l, "mail.reissued.subject", entry.reference()), List.of(
                        m(l, "mail.reissued.p1", entry.title(), entry.reference())),
                "mail.action.entry", site.url("/entries/" + statusToken));
    }

    public enum Change { READY, REJECTED, ELIGIBLE, INELIGIBLE, NEEDS_FIX, WITHDRAWN }

    private String follow(Language l) {
        return m(l, "mail.follow", site.url("/entries/lost"));
    }

    private void queue(Person to, Entry entry, String kind, String subject, List<String> paragraphs,
                       @Nullable String actionKey, @Nullable String actionUrl) {
        queue(Reader.ENTRANT, to, entry, kind, subject, paragraphs, actionKey, actionUrl);
    }

    private void queue(Reader reader, Person to, Entry entry, String kind, String subject, List<String> paragraphs,
                       @Nullable String actionKey, @Nullable String actionUrl) {
        outbox.queue(letters.write(language(entry), reader, to.email(), to.givenName(), kind, subject, paragraphs,
                actionKey, actionUrl).toOutbound());
    }

    private String editionName(Edition edition, Language language) {
        return translations.forReaders(edition.id(), language.code()).of(edition).name();
    }

    private String m(Language language, String key, Object... args) {
        return letters.text(language, key, args);
    }

    private static Language language(Entry entry) {
        return Language.of(entry.locale()).orElse(Language.EN);
    }
}
