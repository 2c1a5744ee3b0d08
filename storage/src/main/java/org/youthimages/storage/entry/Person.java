package org.youthimages.storage.entry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** Someone behind an entry: the entrant, a parent or guardian, or a team member. */
@MappedEntity
public record Person(@Id @GeneratedValue @Nullable Long id,
                     long entryId,
                     Role role,
                     String givenName,
                     String familyName,
                     @Nullable String email,
                     @Nullable LocalDate dateOfBirth,
                     @Nullable Integer ageYears,
                     @Nullable String countryCode,
                     @Nullable String organisation,
                     @Nullable String relationship,
                     @Nullable String teamRole,
                     @Nullable String confirmationTokenHash,
                     @Nullable Instant confirmedAt,
                     @Nullable Instant erasedAt) {

    public enum Role { ENTRANT, GUARDIAN, TEAM_MEMBER }

    /** Given and family name in the order the name's own culture writes them (see {@link PersonNames}). */
    public String fullName() {
        return PersonNames.full(givenName, familyName);
    }

    /** This guardian with a new consent link (only its token's hash is kept). */
    public Person withConfirmationTokenHash(String tokenHash) {
        return new Person(id, entryId, role, givenName, familyName, email, dateOfBirth, ageYears, countryCode,
                organisation, relationship, teamRole, tokenHash, confirmedAt, erasedAt);
    }

    /** This guardian, having confirmed their consent at {@code at}. */
    public Person withConfirmedAt(Instant at) {
        return new Person(id, entryId, role, givenName, familyName, email, dateOfBirth, ageYears, countryCode,
                organisation, relationship, teamRole, confirmationTokenHash, at, erasedAt);
    }
}
