package org.youthimages.storage.account;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthimages.storage.testing.JudgingScenario;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Which language a session signed in from a browser takes: the one chosen for the account, else the browser's. */
@MicronautTest(transactional = false)
class AccountLanguageIT {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Inject ApplicationContext context;
    @Inject AccountPreferences preferences;
    @Inject AccountRepository accounts;

    private JudgingScenario scenario;

    @BeforeEach
    void scenario() {
        scenario = JudgingScenario.create(context);
    }

    @Test
    void anAccountWhoseLanguageWasNeverChosenFollowsTheBrowserAndKeepsItsLanguageForTheEmails() {
        ActingAccount juror = notChosen(scenario.juror("Fleur Follower"));

        assertThat(preferences.languageForSession(juror, Locale.FRANCE).locale()).isEqualTo("fr");
        assertThat(stored(juror)).isEqualTo("fr");
        assertThat(preferences.languageForSession(juror, SPANISH).locale()).isEqualTo("es");
        assertThat(stored(juror)).isEqualTo("es");
        assertThat(accounts.findById(juror.id()).orElseThrow().localeChosen()).isFalse();
    }

    @Test
    void aBrowserInALanguageTheJuryDoesNotUseGivesEnglish() {
        ActingAccount juror = notChosen(scenario.juror("Greta Follower"));

        assertThat(preferences.languageForSession(juror, Locale.GERMANY).locale()).isEqualTo("en");
    }

    @Test
    void aLanguageTheUserChoseWinsOverTheBrowser() {
        ActingAccount juror = notChosen(scenario.juror("Sol Chooser"));
        preferences.changeLanguage(juror, "es");

        assertThat(preferences.languageForSession(juror, Locale.FRANCE).locale()).isEqualTo("es");
        assertThat(stored(juror)).isEqualTo("es");
    }

    @Test
    void anInvitedAccountKeepsTheLanguageItWasInvitedInWhateverTheBrowser() {
        ActingAccount invitedInEnglish = scenario.juror("Emma Invited");

        assertThat(preferences.languageForSession(invitedInEnglish, Locale.FRANCE).locale()).isEqualTo("en");
        assertThat(stored(invitedInEnglish)).isEqualTo("en");
    }

    private ActingAccount notChosen(ActingAccount juror) {
        accounts.update(accounts.findById(juror.id()).orElseThrow().withLanguageNotChosen());
        return juror;
    }

    private String stored(ActingAccount account) {
        return accounts.findById(account.id()).orElseThrow().locale();
    }
}
