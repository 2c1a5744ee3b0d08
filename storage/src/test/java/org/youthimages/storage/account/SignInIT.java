package org.youthimages.storage.account;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthimages.storage.audit.AuditEventRepository;
import org.youthimages.storage.testing.JudgingScenario;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class SignInIT {

    @Inject ApplicationContext context;
    @Inject SignIn signIn;
    @Inject AccountRepository accounts;
    @Inject AuditEventRepository audit;
    @Inject AccessRules access;

    private ActingAccount juror;

    @BeforeEach
    void jurorWithAPassword() {
        juror = JudgingScenario.create(context).signedUpJuror("Sam Signin");
    }

    @Test
    void signsInWithTheRightPasswordWhateverTheEmailsCase() {
        SignInResult result = signIn.attempt(juror.email().toUpperCase(), JudgingScenario.PASSWORD);

        assertThat(result).isInstanceOfSatisfying(SignInResult.SignedIn.class, signedIn -> {
            assertThat(signedIn.account().id()).isEqualTo(juror.id());
            assertThat(signedIn.account().hasRole(Role.JUROR)).isTrue();
        });
        assertThat(accounts.findById(juror.id()).orElseThrow().lastSignInAt()).isNotNull();
    }

    @Test
    void refusesAWrongPasswordAndAnUnknownEmailAlike() {
        assertThat(signIn.attempt(juror.email(), "wrong password")).isEqualTo(wrongCredentials());
        assertThat(signIn.attempt("nobody@jury.example.org", JudgingScenario.PASSWORD)).isEqualTo(wrongCredentials());
        assertThat(signIn.attempt(juror.email(), null)).isEqualTo(wrongCredentials());
    }

    @Test
    void locksTheAccountAfterFiveFailuresInARowEvenForTheRightPassword() {
        for (int i = 0; i < 4; i++) {
            assertThat(signIn.attempt(juror.email(), "guess " + i)).isEqualTo(wrongCredentials());
        }
        SignInResult fifth = signIn.attempt(juror.email(), "guess 5");
        SignInResult rightButLocked = signIn.attempt(juror.email(), JudgingScenario.PASSWORD);

        assertThat(fifth).isInstanceOfSatisfying(SignInResult.Refused.class, refused -> {
            assertThat(refused.reason()).isEqualTo(SignInResult.Reason.LOCKED);
            assertThat(refused.lockedUntil()).isAfter(Instant.now().plusSeconds(14 * 60));
        });
        assertThat(rightButLocked).isInstanceOf(SignInResult.Refused.class);
        assertThat(audit.findBySubjectTypeAndSubjectIdOrderByAt("account", String.valueOf(juror.id())))
                .extracting(e -> e.action()).contains("account.locked");
    }

    @Test
    void aSuccessResetsTheCountOfFailures() {
        for (int i = 0; i < 4; i++) {
            signIn.attempt(juror.email(), "guess " + i);
        }
        signIn.attempt(juror.email(), JudgingScenario.PASSWORD);

        assertThat(signIn.attempt(juror.email(), "one more guess")).isEqualTo(wrongCredentials());
        assertThat(accounts.findById(juror.id()).orElseThrow().failedSignIns()).isEqualTo(1);
    }

    @Test
    void theLockEndsByItself() {
        Account account = accounts.findById(juror.id()).orElseThrow();
        accounts.update(new Account(account.id(), account.email(), account.displayName(), account.passwordHash(),
                account.locale(), null, null, true, 0, Instant.now().minusSeconds(1), account.roles(),
                account.createdAt(), null, account.passwordChangedAt(), false, true));

        assertThat(signIn.attempt(juror.email(), JudgingScenario.PASSWORD)).isInstanceOf(SignInResult.SignedIn.class);
    }

    @Test
    void aDeactivatedAccountCannotSignInAndItsSessionsStopWorking() {
        SignInResult.SignedIn before = (SignInResult.SignedIn) signIn.attempt(juror.email(), JudgingScenario.PASSWORD);
        accounts.updateActive(juror.id(), false);

        assertThat(signIn.attempt(juror.email(), JudgingScenario.PASSWORD))
                .isEqualTo(new SignInResult.Refused(SignInResult.Reason.DEACTIVATED, null));
        assertThat(access.current(before.account())).isEmpty();
    }

    @Test
    void anInvitedAccountWithoutAPasswordCannotSignIn() {
        ActingAccount invited = JudgingScenario.create(context).juror("Ivy Invited");

        assertThat(signIn.attempt(invited.email(), "")).isEqualTo(wrongCredentials());
    }

    private static SignInResult wrongCredentials() {
        return new SignInResult.Refused(SignInResult.Reason.WRONG_CREDENTIALS, null);
    }
}
