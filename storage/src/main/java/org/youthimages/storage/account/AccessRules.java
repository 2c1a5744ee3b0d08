package org.youthimages.storage.account;

import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Who may act: the account behind a session must still exist, be active, have the role, and not have changed
 * its password since the session signed in (a reset ends every other session).
 */
@Singleton
public class AccessRules {

    private final AccountRepository accounts;

    AccessRules(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The account as it is now, if the session may still act for it. */
    public Optional<Account> current(ActingAccount acting) {
        return accounts.findById(acting.id()).filter(account -> stillValid(account, acting));
    }

    public Account requireRole(ActingAccount acting, Role role) {
        Account account = current(acting).orElseThrow(() ->
                new AccessDeniedException("Account " + acting.id() + " is no longer signed in"));
        if (!account.hasRole(role)) {
            throw new AccessDeniedException("Account " + acting.id() + " is not " + role);
        }
        return account;
    }

    public Account requireOrganiser(ActingAccount acting) {
        return requireRole(acting, Role.ORGANISER);
    }

    static boolean stillValid(Account account, ActingAccount acting) {
        return account.active() && (account.passwordChangedAt() == null
                || !account.passwordChangedAt().isAfter(acting.signedInAt()));
    }
}
