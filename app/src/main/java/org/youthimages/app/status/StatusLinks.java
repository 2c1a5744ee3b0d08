package org.youthimages.app.status;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.youthimages.app.mail.SubmissionEmails;
import org.youthimages.storage.entry.EntryRepository;
import org.youthimages.storage.entry.Person;
import org.youthimages.storage.entry.PersonRepository;
import org.youthimages.storage.submission.EntryDetails;

/** Replaces a lost private link and emails the new one, when the reference and the entrant's email match. */
@Singleton
public class StatusLinks {

    private final EntryRepository entries;
    private final PersonRepository people;
    private final EntryDetails details;
    private final SubmissionEmails emails;

    StatusLinks(EntryRepository entries, PersonRepository people, EntryDetails details, SubmissionEmails emails) {
        this.entries = entries;
        this.people = people;
        this.details = details;
        this.emails = emails;
    }

    /** @return whether a new link was sent */
    @Transactional
    public boolean reissue(String reference, String email) {
        return entries.findByReference(reference)
                .filter(entry -> entry.personalDataErasedAt() == null)
                .flatMap(entry -> people.findByEntryIdAndRole(entry.id(), Person.Role.ENTRANT)
                        .filter(p -> p.email() != null && p.email().equalsIgnoreCase(email))
                        .map(entrant -> {
                            emails.linkReissued(entry, entrant, details.replaceStatusLink(entry));
                            return true;
                        }))
                .orElse(false);
    }
}
