package org.youthimages.app.submission;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.youthimages.app.i18n.Language;
import org.youthimages.app.i18n.Messages;
import org.youthimages.app.mail.SubmissionEmails;
import org.youthimages.storage.entry.Consent;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.Person;
import org.youthimages.storage.submission.EntryDetails;
import org.youthimages.storage.submission.GuardianConsents;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.submission.EntryRegistration;
import org.youthimages.storage.submission.NewEntry;

import java.util.Optional;

/** Stores a new entry and queues its emails in one transaction: either the entrant is told, or nothing happened. */
@Singleton
class Submissions {

    private final EntryRegistration registration;
    private final GuardianConsents guardians;
    private final SubmissionEmails emails;
    private final Messages messages;
    private final EntryDetails details;

    Submissions(EntryRegistration registration, GuardianConsents guardians, SubmissionEmails emails, Messages messages,
                EntryDetails details) {
        this.registration = registration;
        this.details = details;
        this.guardians = guardians;
        this.emails = emails;
        this.messages = messages;
    }

    /** Saves changed details; a guardian who is new or has a new address is asked by email. */
    @Transactional
    public void update(Entry entry, NewEntry form, Edition edition) {
        EntryDetails.Updated updated = details.update(entry, form);
        if (updated.guardianToken() != null) {
            emails.guardianConsentRequest(updated.entry(), edition, updated.entrant(), updated.guardian(),
                    updated.guardianToken());
        }
    }

    /**
     * Sends the guardian's consent request again, with a new link (the earlier one stops working).
     *
     * @return the guardian asked, or empty when there is nobody to ask (no guardian, or they already confirmed)
     */
    @Transactional
    public Optional<Person> askGuardianAgain(Entry entry, Edition edition) {
        return guardians.newLink(entry.id()).map(link -> {
            GuardianConsents.Request asked = link.request();
            emails.guardianConsentRequest(asked.entry(), edition, asked.entrant(), asked.guardian(), link.token());
            return asked.guardian();
        });
    }

    /** Records a guardian's consent, in the words shown in {@code language}, and tells the entrant. */
    @Transactional
    public GuardianConsents.Request confirmGuardian(GuardianConsents.Request request, Language language) {
        if (request.confirmed() || request.withdrawn()) {
            return request;
        }
        GuardianConsents.Request confirmed = guardians.confirm(request,
                Declarations.of(Consent.Kind.GUARDIAN_CONSENT, language, messages));
        emails.guardianConfirmed(confirmed.entry(), confirmed.entrant(), confirmed.guardian());
        return confirmed;
    }

    /** @return the private token of the new entry's status page */
    @Transactional
    public String submit(NewEntry form, Edition edition) {
        EntryRegistration.Registered done = registration.register(form);
        emails.entryStarted(done.entry(), edition, done.entrant(), done.statusToken(), done.guardian());
        if (done.guardian() != null) {
            emails.guardianConsentRequest(done.entry(), edition, done.entrant(), done.guardian(), done.guardianToken());
        }
        return done.statusToken();
    }
}
