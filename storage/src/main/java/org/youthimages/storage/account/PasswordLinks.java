package org.youthimages.storage.account;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.youthimages.storage.audit.AuditLog;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One-time links to choose a password: the invitation's, and the password reset's. A link works once, until it
 * expires; choosing a password spends every other open link of the account and ends its other sessions.
 */
@Singleton
public class PasswordLinks {

    /** What the page behind a link shows before the password is chosen. */
    public record LinkDetails(AccountToken.Purpose purpose, String email, String displayName, String locale) {
    }

    private final AccountRepository accounts;
    private final AccountTokenRepository tokens;
    private final PasswordHasher hasher;
    private final AccountEmails emails;
    private final AccountSettings settings;
    private final AuditLog audit;

    PasswordLinks(AccountRepository accounts, AccountTokenRepository tokens, PasswordHasher hasher,
                  AccountEmails emails, AccountSettings settings, AuditLog audit) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.hasher = hasher;
        this.emails = emails;
        this.settings = settings;
        this.audit = audit;
    }

    /** The link's account, if the link still works. */
    public Optional<LinkDetails> check(String secret) {
        return usable(secret == null ? null : tokens.findByTokenHash(OneTimeToken.hashOf(secret)).orElse(null))
                .flatMap(token -> accounts.findById(token.accountId()).filter(Account::active)
                        .map(a -> new LinkDetails(token.purpose(), a.email(), a.displayName(), a.locale())));
    }

    /**
     * Sets the password and signs the account in.
     *
     * @throws InvalidLinkException     when the link is unknown, used or expired
     * @throws InvalidPasswordException when the password breaks the {@link PasswordPolicy}
     */
    @Transactional
    public ActingAccount choosePassword(String secret, String password) {
        AccountToken token = usable(secret == null ? null : tokens.lockByTokenHash(OneTimeToken.hashOf(secret))
                .orElse(null)).orElseThrow(InvalidLinkException::new);
        Account account = accounts.findById(token.accountId()).filter(Account::active)
                .orElseThrow(InvalidLinkException::new);
        PasswordPolicy.check(password, account.email());
        Account updated = account.withPasswordHash(hasher.hash(password)).unlocked();
        accounts.update(updated);
        tokens.retireOpenTokens(account.id());
        audit.record(AuditLog.Actor.account(account.id(), account.email()), "account.password_set", null, "account",
                account.id(), null, Map.of("through", token.purpose().name()));
        Instant now = Instant.now();
        accounts.recordSignIn(account.id(), now);
        return ActingAccount.of(updated, now);
    }

    /**
     * Emails a reset link to an active account with this address. Says nothing either way, so the form cannot be
     * used to find out who has an account; at most one email per {@link AccountSettings#resetInterval()}.
     */
    @Transactional
    public void requestReset(String email) {
        if (email == null || email.isBlank()) {
            return;
        }
        accounts.findByEmail(email.strip()).filter(Account::active).ifPresent(account -> {
            Instant now = Instant.now();
            if (tokens.existsOpenSince(account.id(), AccountToken.Purpose.PASSWORD_RESET.name(),
                    now.minus(settings.resetInterval()))) {
                return;
            }
            if (!account.hasPassword()) {
                return; // still invited: the invitation link is what they need, and organisers can resend it
            }
            tokens.retireOpenTokens(account.id());
            OneTimeToken token = OneTimeToken.generate();
            Instant expires = now.plus(settings.resetValidity());
            tokens.save(new AccountToken(null, account.id(), AccountToken.Purpose.PASSWORD_RESET, token.hash(),
                    expires, null, null));
            emails.passwordReset(account, token.secret(), expires);
        });
    }

    private static Optional<AccountToken> usable(AccountToken token) {
        return Optional.ofNullable(token).filter(t -> t.isUsableAt(Instant.now()));
    }

    /** The link is unknown, already used, or expired. */
    public static class InvalidLinkException extends RuntimeException {
        public InvalidLinkException() {
            super("This link is not valid any more");
        }
    }
}
