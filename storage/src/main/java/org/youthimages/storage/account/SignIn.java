package org.youthimages.storage.account;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.youthimages.storage.audit.AuditLog;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Checks an email and password. After {@link AccountSettings#maxFailedSignIns()} failures in a row the account is
 * locked for {@link AccountSettings#lockout()}; while locked, even the right password is refused.
 */
@Singleton
public class SignIn {

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final AccountSettings settings;
    private final AuditLog audit;
    private volatile String decoyHash;

    SignIn(AccountRepository accounts, PasswordHasher hasher, AccountSettings settings, AuditLog audit) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.settings = settings;
        this.audit = audit;
    }

    @Transactional
    public SignInResult attempt(String email, String password) {
        Instant now = Instant.now();
        Optional<Account> found = email == null ? Optional.empty() : accounts.findByEmail(email.strip());
        if (found.isEmpty() || !found.get().hasPassword()) {
            hasher.matches(password == null ? "" : password, decoyHash()); // same time as for a known account
            return new SignInResult.Refused(SignInResult.Reason.WRONG_CREDENTIALS, null);
        }
        Account account = found.get();
        if (account.lockedUntil() != null && now.isBefore(account.lockedUntil())) {
            return new SignInResult.Refused(SignInResult.Reason.LOCKED, account.lockedUntil());
        }
        if (!hasher.matches(password == null ? "" : password, account.passwordHash())) {
            return failed(account, now);
        }
        if (!account.active()) {
            return new SignInResult.Refused(SignInResult.Reason.DEACTIVATED, null);
        }
        accounts.recordSignIn(account.id(), now);
        return new SignInResult.SignedIn(ActingAccount.of(account, now));
    }

    private SignInResult failed(Account account, Instant now) {
        Instant lockUntil = now.plus(settings.lockout());
        accounts.recordFailedSignIn(account.id(), settings.maxFailedSignIns(), lockUntil);
        Account after = accounts.findById(account.id()).orElseThrow();
        if (after.lockedUntil() != null && now.isBefore(after.lockedUntil())) {
            audit.record(AuditLog.Actor.SYSTEM, "account.locked", null, "account", account.id(), null,
                    Map.of("lockedUntil", after.lockedUntil().toString(),
                            "failedSignIns", settings.maxFailedSignIns()));
            return new SignInResult.Refused(SignInResult.Reason.LOCKED, after.lockedUntil());
        }
        return new SignInResult.Refused(SignInResult.Reason.WRONG_CREDENTIALS, null);
    }

    private String decoyHash() {
        if (decoyHash == null) {
            decoyHash = hasher.hash(OneTimeToken.generate().secret());
        }
        return decoyHash;
    }
}
