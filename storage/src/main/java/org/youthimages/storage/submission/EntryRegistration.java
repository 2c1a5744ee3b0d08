package org.youthimages.storage.submission;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.youthimages.storage.audit.AuditLog;
import org.youthimages.storage.entry.Consent;
import org.youthimages.storage.entry.ConsentRepository;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.EntryRepository;
import org.youthimages.storage.entry.Person;
import org.youthimages.storage.entry.PersonRepository;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/** Stores a new entry with its people and declarations, all or nothing, and hands out its private links once. */
@Singleton
public class EntryRegistration {

    private final EntryRepository entries;
    private final PersonRepository people;
    private final ConsentRepository consents;
    private final SubmissionQueries queries;
    private final AuditLog audit;

    EntryRegistration(EntryRepository entries, PersonRepository people, ConsentRepository consents,
                      SubmissionQueries queries, AuditLog audit) {
        this.entries = entries;
        this.people = people;
        this.consents = consents;
        this.queries = queries;
        this.audit = audit;
    }

    /** The stored entry and the plain tokens of its links, which exist nowhere else and must be emailed now. */
    public record Registered(Entry entry, Person entrant, String statusToken, @Nullable Person guardian,
                             @Nullable String guardianToken) {
    }

    @Transactional
    public Registered register(NewEntry form) {
        String statusToken = SecretTokens.newToken();
        Entry entry = entries.save(newEntry(form, uniqueReference(form.editionYear()), SecretTokens.hash(statusToken)));
        Person entrant = people.save(EntryPeople.entrant(entry.id(), form.entrant()));
        String guardianToken = null;
        Person guardian = null;
        if (form.guardian() != null) {
            guardianToken = SecretTokens.newToken();
            guardian = people.save(EntryPeople.guardian(entry.id(), form.guardian(), SecretTokens.hash(guardianToken)));
        }
        for (NewEntry.TeamMember member : form.team()) {
            people.save(EntryPeople.teamMember(entry.id(), member));
        }
        for (NewEntry.Declaration declaration : form.declarations()) {
            record(entry.id(), entrant.id(), declaration);
        }
        audit.record(AuditLog.Actor.SYSTEM, "entry.submit", entry.editionId(), "entry", entry.id(), null,
                Map.of("reference", entry.reference(), "locale", entry.locale()));
        return new Registered(entry, entrant, statusToken, guardian, guardianToken);
    }

    /** Records a declaration with the exact text the person read, its version, its hash and the time. */
    public Consent record(long entryId, long personId, NewEntry.Declaration declaration) {
        Consent consent = consents.save(new Consent(null, entryId, personId, declaration.kind(),
                declaration.textVersion(), sha256(declaration.text()), declaration.locale(), null, null));
        queries.setConsentText(consent.id(), declaration.text());
        return consent;
    }

    private String uniqueReference(int year) {
        for (int attempt = 0; attempt < 20; attempt++) {
            String reference = ReferenceCodes.next(year);
            if (!entries.existsByReference(reference)) {
                return reference;
            }
        }
        throw new IllegalStateException("No free entry reference for " + year + " after 20 attempts");
    }

    private static Entry newEntry(NewEntry form, String reference, String statusTokenHash) {
        NewEntry.Film film = form.film();
        return new Entry(null, form.editionId(), reference, statusTokenHash, form.locale(), film.title(),
                film.synopsis(), film.originalLanguage(), film.subtitleLanguage(), film.completedOn(),
                film.mainThemeId(), film.secondaryThemeId(), film.specialRecognitionId(), film.screeningHistory(),
                film.footage(), film.footageDetails(), form.ageCategoryId(), Entry.Status.AWAITING_UPLOAD, null, null,
                Entry.Eligibility.PENDING, null, null, null, null, null);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
