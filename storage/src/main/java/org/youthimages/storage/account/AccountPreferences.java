package org.youthimages.storage.account;

import jakarta.inject.Singleton;

import java.util.Locale;

/**
 * What each user chooses for themselves: the interface language (until they choose one, the browser's), and the
 * juror's low-bandwidth player setting.
 */
@Singleton
public class AccountPreferences {

    private final AccountRepository accounts;
    private final AccessRules access;

    AccountPreferences(AccountRepository accounts, AccessRules access) {
        this.accounts = accounts;
        this.access = access;
    }

    /**
     * Stores the language on the account as its user's choice, which the browser no longer overrides, and gives the
     * session its new language.
     */
    public ActingAccount changeLanguage(ActingAccount acting, String language) {
        if (!Languages.isSupported(language)) {
            throw new IllegalArgumentException("Not a language of the judging interface: " + language);
        }
        access.current(acting).orElseThrow(() -> new AccessDeniedException("Not signed in"));
        accounts.chooseLocale(acting.id(), language);
        return acting.withLocale(language);
    }

    /**
     * The language of a session just signed in from a browser showing {@code browserLanguage}: the account's own
     * if it was chosen, else the browser's, which the account then keeps for the emails it is sent.
     */
    public ActingAccount languageForSession(ActingAccount signedIn, Locale browserLanguage) {
        Account account = access.current(signedIn).orElseThrow(() -> new AccessDeniedException("Not signed in"));
        if (account.localeChosen()) {
            return signedIn.withLocale(account.locale());
        }
        String language = Languages.closest(browserLanguage.toLanguageTag()).getLanguage();
        accounts.followBrowserLocale(account.id(), language);
        return signedIn.withLocale(language);
    }

    public boolean lowBandwidth(ActingAccount acting) {
        return access.current(acting).map(Account::lowBandwidth).orElse(false);
    }

    public void setLowBandwidth(ActingAccount acting, boolean lowBandwidth) {
        access.current(acting).orElseThrow(() -> new AccessDeniedException("Not signed in"));
        accounts.updateLowBandwidth(acting.id(), lowBandwidth);
    }
}
