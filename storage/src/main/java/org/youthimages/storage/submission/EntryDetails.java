package org.youthimages.storage.submission;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.youthimages.storage.audit.AuditLog;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.EntryRepository;
import org.youthimages.storage.entry.Person;
import org.youthimages.storage.entry.PersonRepository;

import java.util.Map;
import java.util.Optional;

/** Changes an entry's details while the entrant may still change them, and replaces a lost private link. */
@Singleton
public class EntryDetails {

    private final EntryRepository entries;
    private final PersonRepository people;
    private final SubmissionQueries queries;
    private final AuditLog audit;

    EntryDetails(EntryRepository entries, PersonRepository people, SubmissionQueries queries, AuditLog audit) {
        this.entries = entries;
        this.people = people;
        this.queries = queries;
        this.audit = audit;
    }

    /** @param guardianToken set when a guardian must now be asked (new, or a changed address) */
    public record Updated(Entry entry, Person entrant, @Nullable Person guardian, @Nullable String guardianToken) {
    }

    @Transactional
    public Updated update(Entry entry, NewEntry form) {
        NewEntry.Film f = form.film();
        Entry changed = entries.update(new Entry(entry.id(), entry.editionId(), entry.reference(),
                entry.statusTokenHash(), entry.locale(), f.title(), f.synopsis(), f.originalLanguage(),
                f.subtitleLanguage(), f.completedOn(), f.mainThemeId(), f.secondaryThemeId(), f.specialRecognitionId(),
                f.screeningHistory(), f.footage(), f.footageDetails(), form.ageCategoryId(), entry.status(),
                entry.rejectionCode(), entry.rejectionMessage(), entry.eligibility(), entry.eligibilityReason(),
                entry.durationMs(), entry.createdAt(), null, entry.personalDataErasedAt()));
        Person old = people.findByEntryIdAndRole(entry.id(), Person.Role.ENTRANT).orElseThrow();
        Person entrant = EntryPeople.entrant(entry.id(), form.entrant());
        entrant = people.update(new Person(old.id(), entry.id(), Person.Role.ENTRANT, entrant.givenName(),
                entrant.familyName(), entrant.email(), entrant.dateOfBirth(), null, entrant.countryCode(),
                entrant.organisation(), null, null, null, null, null));
        queries.deleteTeam(entry.id());
        form.team().forEach(member -> people.save(EntryPeople.teamMember(entry.id(), member)));
        Updated updated = guardian(changed, entrant, form.guardian());
        audit.record(AuditLog.Actor.SYSTEM, "entry.details_change", entry.editionId(), "entry", entry.id(),
                Map.of("title", entry.title()), Map.of("title", changed.title()));
        return updated;
    }

    private Updated guardian(Entry entry, Person entrant, @Nullable NewEntry.Guardian form) {
        Optional<Person> existing = people.findByEntryIdAndRole(entry.id(), Person.Role.GUARDIAN);
        if (form == null) {
            return new Updated(entry, entrant, existing.orElse(null), null);
        }
        if (existing.isPresent() && existing.get().email().equalsIgnoreCase(form.email())) {
            Person g = existing.get();
            Person kept = people.update(new Person(g.id(), g.entryId(), g.role(), form.givenName(), form.familyName(),
                    g.email(), null, null, null, null, form.relationship(), null, g.confirmationTokenHash(),
                    g.confirmedAt(), null));
            return new Updated(entry, entrant, kept, null);
        }
        existing.ifPresent(people::delete);
        String token = SecretTokens.newToken();
        Person asked = people.save(EntryPeople.guardian(entry.id(), form, SecretTokens.hash(token)));
        return new Updated(entry, entrant, asked, token);
    }

    /** A new private link for the entry; the old one stops working. Returns the new token, to be emailed. */
    @Transactional
    public String replaceStatusLink(Entry entry) {
        String token = SecretTokens.newToken();
        queries.replaceStatusToken(entry.id(), SecretTokens.hash(token));
        audit.record(AuditLog.Actor.SYSTEM, "entry.link_reissue", entry.editionId(), "entry", entry.id(), null, null);
        return token;
    }
}
