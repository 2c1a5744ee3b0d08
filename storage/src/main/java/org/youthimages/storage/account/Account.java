package org.youthimages.storage.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.List;

/**
 * An organiser's or juror's account. The password is only ever stored hashed; an invited account has none yet.
 * {@code locale} is the language of its screens and emails: the one chosen when {@code localeChosen}, else the one
 * of the browser its user last signed in with.
 */
@MappedEntity
public record Account(@Id @GeneratedValue @Nullable Long id,
                      String email,
                      String displayName,
                      @Nullable String passwordHash,
                      String locale,
                      @Nullable String organisation,
                      @Nullable String countryCode,
                      boolean active,
                      int failedSignIns,
                      @Nullable Instant lockedUntil,
                      @TypeDef(type = DataType.STRING_ARRAY) List<String> roles,
                      @DateCreated @Nullable Instant createdAt,
                      @Nullable Instant lastSignInAt,
                      @Nullable Instant passwordChangedAt,
                      boolean lowBandwidth,
                      boolean localeChosen) {

    public Account {
        roles = List.copyOf(roles);
        roles.forEach(Role::valueOf);
    }

    /** An account invited in a language the organiser chose for it. */
    public static Account invited(String email, String displayName, String locale, Role... roles) {
        return new Account(null, email, displayName, null, locale, null, null, true, 0, null,
                java.util.Arrays.stream(roles).map(Role::name).toList(), null, null, null, false, true);
    }

    /** The same account, its language to follow the browser until its user chooses one. */
    public Account withLanguageNotChosen() {
        return new Account(id, email, displayName, passwordHash, locale, organisation, countryCode, active,
                failedSignIns, lockedUntil, roles, createdAt, lastSignInAt, passwordChangedAt, lowBandwidth, false);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role.name());
    }

    public Account withPasswordHash(String hash) {
        return new Account(id, email, displayName, hash, locale, organisation, countryCode, active, failedSignIns,
                lockedUntil, roles, createdAt, lastSignInAt, Instant.now(), lowBandwidth, localeChosen);
    }

    public Account withRoles(List<String> newRoles) {
        return new Account(id, email, displayName, passwordHash, locale, organisation, countryCode, active,
                failedSignIns, lockedUntil, newRoles, createdAt, lastSignInAt, passwordChangedAt, lowBandwidth,
                localeChosen);
    }

    /** No failed sign-ins counted, no lock. */
    public Account unlocked() {
        return new Account(id, email, displayName, passwordHash, locale, organisation, countryCode, active, 0, null,
                roles, createdAt, lastSignInAt, passwordChangedAt, lowBandwidth, localeChosen);
    }

    /** Has accepted an invitation (or reset a password): can sign in. */
    public boolean hasPassword() {
        return passwordHash != null;
    }
}
