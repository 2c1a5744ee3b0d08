package org.youthimages.storage.account;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.youthimages.storage.audit.AuditLog;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Organisers invite jurors by email: the account is created without a password, and a one-time link lets the
 * juror choose one. Inviting someone who already has an account adds the roles instead.
 */
@Singleton
public class Invitations {

    public enum Outcome { INVITED, INVITED_AGAIN, ROLES_ADDED }

    private final AccountRepository accounts;
    private final AccountTokenRepository tokens;
    private final AccessRules access;
    private final AccountEmails emails;
    private final AccountSettings settings;
    private final AuditLog audit;

    Invitations(AccountRepository accounts, AccountTokenRepository tokens, AccessRules access, AccountEmails emails,
                AccountSettings settings, AuditLog audit) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.access = access;
        this.emails = emails;
        this.settings = settings;
        this.audit = audit;
    }

    @Transactional
    public Outcome invite(ActingAccount organiser, Invitation invitation) {
        access.requireOrganiser(organiser);
        Optional<Account> existing = accounts.findByEmail(invitation.email());
        if (existing.isEmpty()) {
            Account created = accounts.save(new Account(null, invitation.email(), invitation.displayName(), null,
                    invitation.locale(), invitation.organisation(), invitation.countryCode(), true, 0, null,
                    invitation.roles().stream().map(Role::name).sorted().toList(), null, null, null, false, true));
            audit.record(organiser.actor(), "account.invite", null, "account", created.id(), null, summary(created));
            sendInvitation(created, organiser);
            return Outcome.INVITED;
        }
        Account account = withRoles(existing.get(), invitation.roles());
        if (!account.roles().equals(existing.get().roles())) {
            accounts.update(account);
            audit.record(organiser.actor(), "account.roles", null, "account", account.id(),
                    summary(existing.get()), summary(account));
        }
        if (account.hasPassword()) {
            return Outcome.ROLES_ADDED;
        }
        sendInvitation(account, organiser);
        return Outcome.INVITED_AGAIN;
    }

    /** A fresh link for someone who has not chosen a password yet; older links stop working. */
    @Transactional
    public void resend(ActingAccount organiser, long accountId) {
        access.requireOrganiser(organiser);
        Account account = accounts.findById(accountId)
                .orElseThrow(() -> new IllegalArgumentException("No account " + accountId));
        if (account.hasPassword()) {
            throw new IllegalStateException(account.email() + " has already accepted the invitation");
        }
        sendInvitation(account, organiser);
        audit.record(organiser.actor(), "account.invite_again", null, "account", accountId, null, summary(account));
    }

    private void sendInvitation(Account account, ActingAccount organiser) {
        tokens.retireOpenTokens(account.id());
        OneTimeToken token = OneTimeToken.generate();
        Instant expires = Instant.now().plus(settings.invitationValidity());
        tokens.save(new AccountToken(null, account.id(), AccountToken.Purpose.INVITATION, token.hash(), expires,
                null, null));
        emails.invitation(account, organiser.displayName(), token.secret(), expires);
    }

    private static Account withRoles(Account a, Set<Role> added) {
        Set<String> roles = new LinkedHashSet<>(a.roles());
        added.forEach(role -> roles.add(role.name()));
        return a.withRoles(List.copyOf(roles));
    }

    static Map<String, Object> summary(Account a) {
        return Map.of("email", a.email(), "displayName", a.displayName(), "roles", a.roles(), "active", a.active());
    }
}
