package org.youthimages.storage.demo;

import org.youthimages.storage.account.AccountRepository;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.account.Role;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** The demo's organiser acting through the organisers' own services, as if signed in now. */
final class DemoOrganiser {

    private DemoOrganiser() {
    }

    static Optional<ActingAccount> signedIn(AccountRepository accounts, String email) {
        return accounts.findByEmail(email).map(organiser -> new ActingAccount(organiser.id(), organiser.email(),
                organiser.displayName(), Set.of(Role.ORGANISER), organiser.locale(), Instant.now()));
    }
}
