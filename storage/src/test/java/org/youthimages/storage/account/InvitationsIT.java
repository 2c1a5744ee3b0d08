package org.youthimages.storage.account;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthimages.storage.mail.OutboundEmail;
import org.youthimages.storage.mail.OutboundEmailRepository;
import org.youthimages.storage.testing.JudgingScenario;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
class InvitationsIT {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/account/password/([A-Za-z0-9_-]{43})");

    @Inject ApplicationContext context;
    @Inject Invitations invitations;
    @Inject PasswordLinks links;
    @Inject SignIn signIn;
    @Inject AccountRepository accounts;
    @Inject AccountTokenRepository tokens;
    @Inject OutboundEmailRepository emails;

    private JudgingScenario scenario;
    private String email;

    @BeforeEach
    void scenario() {
        scenario = JudgingScenario.create(context);
        email = "new.juror." + UUID.randomUUID().toString().substring(0, 8) + "@partner.example.org";
    }

    @Test
    void anOrganiserInvitesAJurorWhoGetsAnEmailWithALinkInTheirLanguage() {
        Invitations.Outcome outcome = invitations.invite(scenario.organiser(), invitation("fr"));

        Account invited = accounts.findByEmail(email).orElseThrow();
        OutboundEmail sent = onlyEmail("JUROR_INVITATION");
        assertThat(outcome).isEqualTo(Invitations.Outcome.INVITED);
        assertThat(invited.hasPassword()).isFalse();
        assertThat(invited.roles()).containsExactly("JUROR");
        assertThat(invited.organisation()).isEqualTo("UNAOC");
        assertThat(sent.locale()).isEqualTo("fr");
        assertThat(sent.subject()).contains("jury");
        assertThat(sent.bodyText()).contains("Olga Organiser").contains("Nina Nouvelle");
        assertThat(sent.bodyHtml()).contains("<a href=\"" + link(sent));
        String until = java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu HH:mm", java.util.Locale.FRENCH)
                .withZone(java.time.ZoneOffset.UTC).format(tokens.findByAccountIdOrderById(invited.id()).getFirst()
                        .expiresAt());
        assertThat(sent.bodyText()).as("to the minute, in French, with its time zone once")
                .contains("Il ne fonctionne qu’une fois, jusqu’au " + until + " (UTC).");
        assertThat(sent.bodyText()).as("the action's lead, then the link, then the sign-off")
                .contains("Choisir mon mot de passe\u00a0:\n" + link(sent) + "\n\nL’équipe Youth Images");
        assertThat(sent.bodyHtml()).as("written like every other email of the platform")
                .startsWith("<!DOCTYPE html><html lang=\"fr\" dir=\"ltr\">")
                .contains(">Choisir mon mot de passe</a>");
    }

    @Test
    void aNameWithMarkupIsShownAsTextInTheHtmlEmail() {
        invitations.invite(scenario.organiser(), new Invitation(email, "Nina <b>\"Bold\"</b> & Co", "en",
                Set.of(Role.JUROR), null, null));

        OutboundEmail sent = onlyEmail("JUROR_INVITATION");
        assertThat(sent.bodyText()).contains("Hello Nina <b>\"Bold\"</b> & Co,");
        assertThat(sent.bodyHtml()).contains("Hello Nina &lt;b&gt;&quot;Bold&quot;&lt;/b&gt; &amp; Co,")
                .doesNotContain("<b>").contains("<a href=\"" + link(sent) + "\"", ">" + link(sent) + "</p>");
    }

    @Test
    void storesOnlyAHashOfTheLinksSecret() {
        invitations.invite(scenario.organiser(), invitation("en"));

        String secret = secret(onlyEmail("JUROR_INVITATION"));
        long accountId = accounts.findByEmail(email).orElseThrow().id();
        assertThat(tokens.findByAccountIdOrderById(accountId)).singleElement()
                .satisfies(t -> assertThat(t.tokenHash()).doesNotContain(secret).hasSize(64));
    }

    @Test
    void theLinkLetsTheJurorChooseAPasswordOnceAndSignsThemIn() {
        invitations.invite(scenario.organiser(), invitation("en"));
        String secret = secret(onlyEmail("JUROR_INVITATION"));

        assertThat(links.check(secret)).hasValueSatisfying(details -> {
            assertThat(details.purpose()).isEqualTo(AccountToken.Purpose.INVITATION);
            assertThat(details.displayName()).isEqualTo("Nina Nouvelle");
        });
        ActingAccount signedIn = links.choosePassword(secret, "a long enough password");

        assertThat(signedIn.email()).isEqualTo(email);
        assertThat(accounts.findByEmail(email).orElseThrow().passwordHash()).startsWith("$argon2id$");
        assertThat(signIn.attempt(email, "a long enough password")).isInstanceOf(SignInResult.SignedIn.class);
        assertThat(links.check(secret)).isEmpty();
        assertThatThrownBy(() -> links.choosePassword(secret, "another long password"))
                .isInstanceOf(PasswordLinks.InvalidLinkException.class);
    }

    @Test
    void refusesPasswordsThatAreTooShortOrTooEasyAndKeepsTheLink() {
        invitations.invite(scenario.organiser(), invitation("en"));
        String secret = secret(onlyEmail("JUROR_INVITATION"));

        assertThatThrownBy(() -> links.choosePassword(secret, "short"))
                .isInstanceOfSatisfying(InvalidPasswordException.class,
                        e -> assertThat(e.problem()).isEqualTo(InvalidPasswordException.Problem.TOO_SHORT));
        assertThatThrownBy(() -> links.choosePassword(secret, "aaaaaaaaaaaa"))
                .isInstanceOfSatisfying(InvalidPasswordException.class,
                        e -> assertThat(e.problem()).isEqualTo(InvalidPasswordException.Problem.TOO_GUESSABLE));
        assertThatThrownBy(() -> links.choosePassword(secret, email))
                .isInstanceOf(InvalidPasswordException.class);
        assertThat(links.check(secret)).isPresent();
    }

    @Test
    void sendingTheInvitationAgainRetiresTheOlderLink() {
        invitations.invite(scenario.organiser(), invitation("en"));
        String first = secret(onlyEmail("JUROR_INVITATION"));

        assertThat(invitations.invite(scenario.organiser(), invitation("en")))
                .isEqualTo(Invitations.Outcome.INVITED_AGAIN);

        List<OutboundEmail> sent = emails.findByRecipientAndKindOrderById(email, "JUROR_INVITATION");
        assertThat(sent).hasSize(2);
        assertThat(links.check(first)).isEmpty();
        assertThat(links.check(secret(sent.get(1)))).isPresent();
    }

    @Test
    void invitingSomeoneWhoAlreadyHasAnAccountAddsTheRoleWithoutAnEmail() {
        ActingAccount organiser = scenario.organiser();
        Account existing = accounts.findById(scenario.signedUpJuror("Old Hand").id()).orElseThrow();

        Invitations.Outcome outcome = invitations.invite(organiser, new Invitation(existing.email(), "Old Hand", "en",
                Set.of(Role.ORGANISER), null, null));

        assertThat(outcome).isEqualTo(Invitations.Outcome.ROLES_ADDED);
        assertThat(accounts.findById(existing.id()).orElseThrow().roles()).containsExactlyInAnyOrder("JUROR", "ORGANISER");
        assertThat(emails.findByRecipientOrderById(existing.email())).isEmpty();
    }

    @Test
    void onlyOrganisersInvite() {
        ActingAccount juror = scenario.juror("Jo Juror");

        assertThatThrownBy(() -> invitations.invite(juror, invitation("en"))).isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void refusesAnInvitationWithoutAValidEmail() {
        assertThatThrownBy(() -> new Invitation("not-an-email", "X", "en", Set.of(Role.JUROR), null, null))
                .hasMessageContaining("Not an email address");
        assertThatThrownBy(() -> new Invitation("a@b.org", "X", "de", Set.of(Role.JUROR), null, null))
                .hasMessageContaining("Not a language");
    }

    @Test
    void aNameOrOrganisationPastedWithALineBreakOrControlCharacterIsKeptOnOneLine() {
        Invitation pasted = new Invitation(" nina@example.org\r\n", "Nina\u0000 Nouvelle\n", "en", Set.of(Role.JUROR),
                "UN Alliance\r\nof Civilizations", null);

        assertThat(pasted.email()).isEqualTo("nina@example.org");
        assertThat(pasted.displayName()).isEqualTo("Nina Nouvelle");
        assertThat(pasted.organisation()).isEqualTo("UN Alliance of Civilizations");
        assertThat(new Invitation("a@b.org", "X", "en", Set.of(Role.JUROR), "\u0007 ", null).organisation()).isNull();
    }

    private Invitation invitation(String locale) {
        return new Invitation(email, "Nina Nouvelle", locale, Set.of(Role.JUROR), "UNAOC", "fr");
    }

    private OutboundEmail onlyEmail(String kind) {
        List<OutboundEmail> sent = emails.findByRecipientAndKindOrderById(email, kind);
        assertThat(sent).hasSize(1);
        return sent.getFirst();
    }

    static String link(OutboundEmail email) {
        Matcher matcher = LINK.matcher(email.bodyText());
        assertThat(matcher.find()).as("a link in " + email.bodyText()).isTrue();
        return matcher.group();
    }

    static String secret(OutboundEmail email) {
        Matcher matcher = LINK.matcher(email.bodyText());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
