package org.youthimages.storage.account;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * Sign-in rules and one-time links.
 *
 * @param maxFailedSignIns   failed sign-ins in a row that lock an account
 * @param lockout            how long a locked account stays locked
 * @param invitationValidity how long an invitation link works
 * @param resetValidity      how long a password reset link works
 * @param resetInterval      a new reset email for the same account at most this often
 */
@ConfigurationProperties("yi.accounts")
public record AccountSettings(@Bindable(defaultValue = "5") int maxFailedSignIns,
                              @Bindable(defaultValue = "15m") Duration lockout,
                              @Bindable(defaultValue = "14d") Duration invitationValidity,
                              @Bindable(defaultValue = "2h") Duration resetValidity,
                              @Bindable(defaultValue = "2m") Duration resetInterval) {
}
