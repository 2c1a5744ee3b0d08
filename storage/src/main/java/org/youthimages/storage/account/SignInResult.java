package org.youthimages.storage.account;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** What came of a sign-in attempt. A refusal never says whether the email is known, except for a locked account. */
public sealed interface SignInResult {

    record SignedIn(ActingAccount account) implements SignInResult {
    }

    record Refused(Reason reason, @Nullable Instant lockedUntil) implements SignInResult {
    }

    enum Reason { WRONG_CREDENTIALS, LOCKED, DEACTIVATED }
}
