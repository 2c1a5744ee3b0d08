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
import org.youthimages.storage.sql.Jdbc;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** A parent or guardian confirms, through the link emailed to them, that a minor's film may take part. */
@Singleton
public class GuardianConsents {

    /** The outbox kind of the email that asks a guardian for their consent, with its link. */
    public static final String REQUEST_EMAIL = "GUARDIAN_CONSENT";
    /** The outbox kind of the request sent again, with a new link, before the deadline. */
    public static final String REMINDER_EMAIL = "GUARDIAN_REMINDER";

    private final PersonRepository people;
    private final EntryRepository entries;
    private final ConsentRepository consents;
    private final EntryRegistration registration;
    private final AuditLog audit;
    private final Jdbc jdbc;

    GuardianConsents(PersonRepository people, EntryRepository entries, ConsentRepository consents,
                     EntryRegistration registration, AuditLog audit, Jdbc jdbc) {
        this.people = people;
        this.entries = entries;
        this.consents = consents;
        this.registration = registration;
        this.audit = audit;
        this.jdbc = jdbc;
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

    /** When the entry's guardian was last emailed a consent link, if ever. */
    public Optional<Instant> lastAsked(long entryId) {
        return people.findByEntryIdAndRole(entryId, Person.Role.GUARDIAN)
                .filter(g -> g.email() != null)
                .flatMap(g -> jdbc.one("""
                        select created_at from outbound_email
                         where recipient = ? and kind = any(?) order by created_at desc limit 1""",
                        rs -> Jdbc.instant(rs, "created_at"), g.email(),
                        new String[] {REQUEST_EMAIL, REMINDER_EMAIL}));
    }

    /** A guardian still to be asked, with the token of their new consent link. */
    public record NewLink(Request request, String token) {
    }

    /**
     * Gives a guardian who has not confirmed yet a new consent link, for the email sent again at the entrant's
     * request. Nothing changes, and nothing is returned, when there is no guardian to ask: none, already confirmed,
     * erased, or a withdrawn entry.
     */
    @Transactional
    public Optional<NewLink> newLink(long entryId) {
        Entry entry = entries.findById(entryId).orElseThrow();
        return people.findByEntryIdAndRole(entryId, Person.Role.GUARDIAN)
                .filter(g -> g.confirmedAt() == null && g.erasedAt() == null)
                .map(g -> new Request(g, people.findByEntryIdAndRole(entryId, Person.Role.ENTRANT).orElseThrow(), entry))
                .filter(request -> !request.withdrawn())
                .map(this::relink);
    }

    /**
     * Replaces the guardian's consent link with a new one: the earlier link stops working, since only the hash of
     * the newest token is kept.
     */
    public NewLink relink(Request request) {
        String token = SecretTokens.newToken();
        Person asked = people.update(request.guardian().withConfirmationTokenHash(SecretTokens.hash(token)));
        return new NewLink(new Request(asked, request.entrant(), request.entry()), token);
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
        Person confirmed = people.update(g.withConfirmedAt(Instant.now()));
        if (!consents.existsByEntryIdAndKindAndWithdrawnAtIsNull(g.entryId(), Consent.Kind.GUARDIAN_CONSENT)) {
            registration.record(g.entryId(), g.id(), consent);
        }
        audit.record(AuditLog.Actor.SYSTEM, "entry.guardian_consent", request.entry().editionId(), "entry",
                g.entryId(), null, Map.of("guardian", g.id(), "textVersion", consent.textVersion()));
        return new Request(confirmed, request.entrant(), request.entry());
    }
}
