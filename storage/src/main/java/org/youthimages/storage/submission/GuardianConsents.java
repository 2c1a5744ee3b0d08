package org.youthimages.storage.submission;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.youthimages.storage.audit.AuditLog;
import org.youthimages.storage.entry.Consent;
import org.youthimages.storage.entry.ConsentRepository;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.EntryRepository;
import org.youthimages.storage.entry.Person;
import org.youthimages.storage.entry.PersonRepository;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** A parent or guardian confirms, through the link emailed to them, that a minor's film may take part. */
@Singleton
public class GuardianConsents {

    private final PersonRepository people;
    private final EntryRepository entries;
    private final ConsentRepository consents;
    private final EntryRegistration registration;
    private final AuditLog audit;

    GuardianConsents(PersonRepository people, EntryRepository entries, ConsentRepository consents,
                     EntryRegistration registration, AuditLog audit) {
        this.people = people;
        this.entries = entries;
        this.consents = consents;
        this.registration = registration;
        this.audit = audit;
    }

    public record Request(Person guardian, Person entrant, Entry entry) {
        public boolean confirmed() {
            return guardian.confirmedAt() != null;
        }

        /** The entrant withdrew the entry: there is nothing left to consent to. */
        public boolean withdrawn() {
            return entry.eligibility() == Entry.Eligibility.WITHDRAWN;
        }
    }

    public Optional<Request> find(String token) {
        if (!SecretTokens.looksValid(token)) {
            return Optional.empty();
        }
        return people.findByConfirmationTokenHash(SecretTokens.hash(token))
                .filter(p -> p.role() == Person.Role.GUARDIAN && p.erasedAt() == null)
                .map(g -> new Request(g, people.findByEntryIdAndRole(g.entryId(), Person.Role.ENTRANT).orElseThrow(),
                        entries.findById(g.entryId()).orElseThrow()));
    }

    /**
     * Records the consent with the exact text the guardian read; confirming twice, or for an entry its entrant
     * withdrew, changes nothing.
     */
    @Transactional
    public Request confirm(Request request, NewEntry.Declaration consent) {
        if (request.confirmed() || request.withdrawn()) {
            return request;
        }
        Person g = request.guardian();
        Person confirmed = people.update(new Person(g.id(), g.entryId(), g.role(), g.givenName(), g.familyName(),
                g.email(), g.dateOfBirth(), g.ageYears(), g.countryCode(), g.organisation(), g.relationship(),
                g.teamRole(), g.confirmationTokenHash(), Instant.now(), g.erasedAt()));
        if (!consents.existsByEntryIdAndKindAndWithdrawnAtIsNull(g.entryId(), Consent.Kind.GUARDIAN_CONSENT)) {
            registration.record(g.entryId(), g.id(), consent);
        }
        audit.record(AuditLog.Actor.SYSTEM, "entry.guardian_consent", request.entry().editionId(), "entry",
                g.entryId(), null, Map.of("guardian", g.id(), "textVersion", consent.textVersion()));
        return new Request(confirmed, request.entrant(), request.entry());
    }
}
