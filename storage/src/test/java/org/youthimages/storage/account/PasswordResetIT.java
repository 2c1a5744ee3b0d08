package org.youthimages.storage.account;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthimages.storage.mail.OutboundEmail;
import org.youthimages.storage.mail.OutboundEmailRepository;
import org.youthimages.storage.testing.JudgingScenario;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
class PasswordResetIT {

    @Inject ApplicationContext context;
    @Inject PasswordLinks links;
    @Inject SignIn signIn;
    @Inject AccessRules access;
    @Inject AccountRepository accounts;
    @Inject AccountTokenRepository tokens;
    @Inject OutboundEmailRepository emails;

    private ActingAccount juror;

    @BeforeEach
    void jurorWithAPassword() {
        juror = JudgingScenario.create(context).signedUpJuror("Rita Reset");
    }

    @Test
    void emailsAResetLinkThatSetsANewPasswordAndEndsOlderSessions() {
        SignInResult.SignedIn oldSession = (SignInResult.SignedIn) signIn.attempt(juror.email(), JudgingScenario.PASSWORD);

        links.requestReset(juror.email());
        List<OutboundEmail> sent = emails.findByRecipientAndKindOrderById(juror.email(), "PASSWORD_RESET");
        ActingAccount newSession = links.choosePassword(InvitationsIT.secret(sent.getFirst()), "my brand new password");

        assertThat(sent).hasSize(1);
        assertThat(sent.getFirst().bodyText()).contains("Rita Reset");
        assertThat(signIn.attempt(juror.email(), JudgingScenario.PASSWORD)).isInstanceOf(SignInResult.Refused.class);
        assertThat(signIn.attempt(juror.email(), "my brand new password")).isInstanceOf(SignInResult.SignedIn.class);
        assertThat(access.current(oldSession.account())).isEmpty();
        assertThat(access.current(newSession)).isPresent();
    }

    @Test
    void saysNothingAboutUnknownAddressesAndSendsNothing() {
        links.requestReset("nobody-" + juror.email());

        assertThat(emails.findByRecipientOrderById("nobody-" + juror.email())).isEmpty();
    }

    @Test
    void sendsAtMostOneEmailInAShortWhile() {
        links.requestReset(juror.email());
        links.requestReset(juror.email());

        assertThat(emails.findByRecipientAndKindOrderById(juror.email(), "PASSWORD_RESET")).hasSize(1);
    }

    @Test
    void anExpiredLinkNoLongerWorks() {
        links.requestReset(juror.email());
        AccountToken token = tokens.findByAccountIdOrderById(juror.id()).getLast();
        tokens.update(new AccountToken(token.id(), token.accountId(), token.purpose(), token.tokenHash(),
                Instant.now().minusSeconds(1), null, token.createdAt()));
        String secret = InvitationsIT.secret(emails.findByRecipientAndKindOrderById(juror.email(), "PASSWORD_RESET")
                .getFirst());

        assertThat(links.check(secret)).isEmpty();
        assertThatThrownBy(() -> links.choosePassword(secret, "my brand new password"))
                .isInstanceOf(PasswordLinks.InvalidLinkException.class);
    }

    @Test
    void aResetAlsoLiftsALock() {
        for (int i = 0; i < 5; i++) {
            signIn.attempt(juror.email(), "guess " + i);
        }
        links.requestReset(juror.email());
        links.choosePassword(InvitationsIT.secret(emails.findByRecipientAndKindOrderById(juror.email(),
                "PASSWORD_RESET").getFirst()), "my brand new password");

        assertThat(accounts.findById(juror.id()).orElseThrow().lockedUntil()).isNull();
        assertThat(signIn.attempt(juror.email(), "my brand new password")).isInstanceOf(SignInResult.SignedIn.class);
    }
}
