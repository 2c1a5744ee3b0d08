package org.youthimages.storage.account;

import org.youthimages.storage.audit.AuditLog;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * The signed-in account on whose behalf a domain service acts. Services re-check it against the database
 * ({@link AccessRules}), so a deactivated account or a changed password ends what an old session could do.
 *
 * @param signedInAt when this session signed in; a password changed later ends it
 */
public record ActingAccount(long id, String email, String displayName, Set<Role> roles, String locale,
                            Instant signedInAt) {

    public ActingAccount {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    static ActingAccount of(Account account, Instant signedInAt) {
        return new ActingAccount(account.id(), account.email(), account.displayName(),
                account.roles().stream().map(Role::valueOf).collect(java.util.stream.Collectors.toSet()),
                account.locale(), signedInAt);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Who acted, for the audit log. */
    public AuditLog.Actor actor() {
        return AuditLog.Actor.account(id, email);
    }

    public ActingAccount withLocale(String newLocale) {
        return new ActingAccount(id, email, displayName, roles, newLocale, signedInAt);
    }
}
