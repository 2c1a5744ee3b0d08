package org.youthimages.storage.account;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.youthimages.storage.audit.AuditLog;

import java.util.List;
import java.util.Map;

/** Organisers' view of the accounts: who is there, who has accepted, and switching an account off or on. */
@Singleton
public class AccountDirectory {

    /** An account as organisers see it: never its password hash. */
    public record Entry(long id, String email, String displayName, List<String> roles, String locale,
                        boolean active, boolean accepted, String organisation, String countryCode) {
    }

    private final AccountRepository accounts;
    private final AccessRules access;
    private final AuditLog audit;

    AccountDirectory(AccountRepository accounts, AccessRules access, AuditLog audit) {
        this.accounts = accounts;
        this.access = access;
        this.audit = audit;
    }

    public List<Entry> list(ActingAccount organiser) {
        access.requireOrganiser(organiser);
        return accounts.findAllOrderByDisplayName().stream()
                .map(a -> new Entry(a.id(), a.email(), a.displayName(), a.roles(), a.locale(), a.active(),
                        a.hasPassword(), a.organisation(), a.countryCode()))
                .toList();
    }

    /** Deactivated accounts cannot sign in, and their open sessions stop working at the next step. */
    @Transactional
    public void setActive(ActingAccount organiser, long accountId, boolean active) {
        access.requireOrganiser(organiser);
        if (accountId == organiser.id() && !active) {
            throw new IllegalArgumentException("You cannot deactivate your own account");
        }
        Account account = accounts.findById(accountId)
                .orElseThrow(() -> new IllegalArgumentException("No account " + accountId));
        accounts.updateActive(accountId, active);
        audit.record(organiser.actor(), active ? "account.activate" : "account.deactivate", null, "account",
                accountId, Map.of("active", account.active()), Map.of("active", active));
    }
}
