package org.youthimages.storage.submission;

import org.youthimages.storage.entry.Person;

/** Builds the person rows of an entry from the form's records. */
final class EntryPeople {

    private EntryPeople() {
    }

    static Person entrant(long entryId, NewEntry.Entrant e) {
        return new Person(null, entryId, Person.Role.ENTRANT, e.givenName(), e.familyName(), e.email(),
                e.dateOfBirth(), null, e.countryCode(), e.organisation(), null, null, null, null, null);
    }

    static Person guardian(long entryId, NewEntry.Guardian g, String confirmationTokenHash) {
        return new Person(null, entryId, Person.Role.GUARDIAN, g.givenName(), g.familyName(), g.email(), null, null,
                null, null, g.relationship(), null, confirmationTokenHash, null, null);
    }

    static Person teamMember(long entryId, NewEntry.TeamMember m) {
        return new Person(null, entryId, Person.Role.TEAM_MEMBER, m.givenName(), m.familyName(), null, null,
                m.ageYears(), null, null, null, m.teamRole(), null, null, null);
    }
}
