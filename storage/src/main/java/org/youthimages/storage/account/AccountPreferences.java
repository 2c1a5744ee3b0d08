package org.youthimages.storage.account;

import jakarta.inject.Singleton;

/** What each user chooses for themselves: the interface language, and the juror's low-bandwidth player setting. */
@Singleton
public class AccountPreferences {

    private final AccountRepository accounts;
    private final AccessRules access;

    AccountPreferences(AccountRepository accounts, AccessRules access) {
        this.accounts = accounts;
        this.access = access;
    }

    /** Stores the language on the account and gives the session its new language. */
    public ActingAccount changeLanguage(ActingAccount acting, String language) {
        if (!Languages.isSupported(language)) {
            throw new IllegalArgumentException("Not a language of the judging interface: " + language);
        }
        access.current(acting).orElseThrow(() -> new AccessDeniedException("Not signed in"));
        accounts.updateLocale(acting.id(), language);
        return acting.withLocale(language);
    }

    public boolean lowBandwidth(ActingAccount acting) {
        return access.current(acting).map(Account::lowBandwidth).orElse(false);
    }

    public void setLowBandwidth(ActingAccount acting, boolean lowBandwidth) {
        access.current(acting).orElseThrow(() -> new AccessDeniedException("Not signed in"));
        accounts.updateLowBandwidth(acting.id(), lowBandwidth);
    }
}
