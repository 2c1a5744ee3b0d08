package org.youthimages.storage.demo;

import org.youthimages.storage.account.Role;

/** A demo account's sign-in details, as printed at start-up. */
public record DemoAccount(Role role, String email, String password) {

    public String line() {
        return "demo account: " + role + " " + email + " " + password;
    }
}
