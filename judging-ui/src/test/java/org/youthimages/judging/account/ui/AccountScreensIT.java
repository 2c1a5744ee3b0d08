package org.youthimages.judging.account.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LoginFormKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.button.Button;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthimages.judging.base.ui.CurrentAccount;
import org.youthimages.judging.testing.ViewTesting;
import org.youthimages.storage.account.AccountDirectory;
import org.youthimages.storage.account.AccountRepository;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.account.Role;
import org.youthimages.storage.mail.OutboundEmail;
import org.youthimages.storage.mail.OutboundEmailRepository;
import org.youthimages.storage.testing.JudgingScenario;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;

/** Signing in, resetting a password, accepting an invitation, and organisers inviting: the pages, without a browser. */
@MicronautTest(transactional = false)
@Property(name = "yi.judging.enabled", value = "false")
class AccountScreensIT {

    private static final Pattern TOKEN = Pattern.compile("/account/password/([A-Za-z0-9_-]{43})");

    @Inject ApplicationContext context;
    @Inject OutboundEmailRepository emails;
    @Inject AccountRepository accounts;

    private JudgingScenario scenario;
    private ActingAccount juror;

    @BeforeEach
    void start() {
        scenario = JudgingScenario.create(context);
        juror = scenario.signedUpJuror("Lena Login");
        ViewTesting.start(context);
    }

    @AfterEach
    void stop() {
        ViewTesting.stop();
    }

    @Test
    void signsInWithTheRightPassword() {
        ViewTesting.navigate("login");

        LoginFormKt._login(LocatorJ._get(LoginForm.class), juror.email(), JudgingScenario.PASSWORD);

        assertThat(CurrentAccount.get()).hasValueSatisfying(a -> assertThat(a.id()).isEqualTo(juror.id()));
    }

    @Test
    void aWrongPasswordShowsTheErrorAndSignsNobodyIn() {
        ViewTesting.navigate("login");
        LoginForm form = LocatorJ._get(LoginForm.class);

        LoginFormKt._login(form, juror.email(), "not the password");

        assertThat(form.isError()).isTrue();
        assertThat(form.isEnabled()).isTrue();
        assertThat(CurrentAccount.get()).isEmpty();
    }

    @Test
    void theSignInPageIgnoresAnAddressOutsideTheSite() {
        assertThat(LoginView.isLocalPath("film/12?category=3")).isTrue();
        assertThat(LoginView.isLocalPath("//evil.example.org")).isFalse();
        assertThat(LoginView.isLocalPath("https://evil.example.org")).isFalse();
        assertThat(LoginView.isLocalPath("/\\evil.example.org")).isFalse();
    }

    @Test
    void aForgottenPasswordIsResetThroughTheEmailedLink() {
        ViewTesting.navigate("account/forgot");
        ViewTesting.userSets(LocatorJ._get(EmailField.class), juror.email());
        _click(LocatorJ._get(Button.class, spec -> spec.withText("Send the link")));

        assertThat(ViewTesting.allText(ViewTesting.currentView())).contains("an email with a link is on its way");
        String token = token(emails.findByRecipientAndKindOrderById(juror.email(), "PASSWORD_RESET").getFirst());
        ViewTesting.navigate("account/password/" + token);
        List<PasswordField> fields = LocatorJ._find(PasswordField.class);
        ViewTesting.userSets(fields.get(0), "a fresh long password");
        ViewTesting.userSets(fields.get(1), "a fresh long password");
        _click(LocatorJ._get(Button.class, spec -> spec.withText("Save the new password")));

        assertThat(CurrentAccount.get()).hasValueSatisfying(a -> assertThat(a.id()).isEqualTo(juror.id()));
    }

    @Test
    void aPasswordThatIsTooShortIsRefusedWithTheReason() {
        ViewTesting.signIn(scenario.organiser());
        String email = "ines." + UUID.randomUUID().toString().substring(0, 6) + "@partner.example.org";
        invite(email, "en");
        ViewTesting.signOut();
        ViewTesting.navigate("account/password/" + token(emails.findByRecipientOrderById(email).getFirst()));
        List<PasswordField> fields = LocatorJ._find(PasswordField.class);
        ViewTesting.userSets(fields.get(0), "short");
        ViewTesting.userSets(fields.get(1), "short");

        _click(LocatorJ._get(Button.class, spec -> spec.withText("Save and open my account")));

        assertThat(fields.get(0).isInvalid()).isTrue();
        assertThat(fields.get(0).getErrorMessage()).contains("at least 10");
        assertThat(accounts.findByEmail(email).orElseThrow().hasPassword()).isFalse();
    }

    @Test
    void anOrganiserInvitesAJurorWhoAcceptsThroughTheLink() {
        ViewTesting.signIn(scenario.organiser());
        String email = "ines." + UUID.randomUUID().toString().substring(0, 6) + "@partner.example.org";

        AccountsView view = invite(email);

        assertThat(ViewTesting.notifications()).anyMatch(n -> n.equals("Invitation sent to " + email));
        assertThat(GridKt._findAll(LocatorJ._get(com.vaadin.flow.component.grid.Grid.class)))
                .anyMatch(row -> ((AccountDirectory.Entry) row).email().equals(email));
        OutboundEmail invitation = emails.findByRecipientAndKindOrderById(email, "JUROR_INVITATION").getFirst();
        assertThat(invitation.locale()).isEqualTo("es");
        ViewTesting.signOut();
        ViewTesting.navigate("account/password/" + token(invitation));
        assertThat(ViewTesting.allText(ViewTesting.currentView())).contains("Ines Invitada");
        List<PasswordField> fields = LocatorJ._find(PasswordField.class);
        ViewTesting.userSets(fields.get(0), "mi contraseña larga");
        ViewTesting.userSets(fields.get(1), "mi contraseña larga");
        _click(LocatorJ._get(Button.class, spec -> spec.withText("Guardar y abrir mi cuenta")));
        assertThat(CurrentAccount.get()).hasValueSatisfying(a -> assertThat(a.email()).isEqualTo(email));
        assertThat(view).isNotNull();
    }

    @Test
    void anAddressWithoutADomainIsMarkedInsteadOfRefusedInSilence() {
        ViewTesting.signIn(scenario.organiser());

        invite("ines@partner");

        InviteForm form = LocatorJ._get(InviteForm.class);
        assertThat(form.email.isInvalid()).isTrue();
        assertThat(form.name.isInvalid()).isFalse();
        assertThat(accounts.findByEmail("ines@partner")).isEmpty();
    }

    private AccountsView invite(String email) {
        return invite(email, "es");
    }

    private AccountsView invite(String email, String language) {
        AccountsView view = (AccountsView) ViewTesting.navigate("organiser/accounts");
        InviteForm form = LocatorJ._get(InviteForm.class);
        ViewTesting.userSets(form.email, email);
        ViewTesting.userSets(form.name, "Ines Invitada");
        ViewTesting.userSets(form.language, java.util.Locale.forLanguageTag(language));
        ViewTesting.userSets(form.roles, Set.of(Role.JUROR));
        _click(form.invite);
        return view;
    }

    private static String token(OutboundEmail email) {
        Matcher matcher = TOKEN.matcher(email.bodyText());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
