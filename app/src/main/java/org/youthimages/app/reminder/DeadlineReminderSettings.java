package org.youthimages.app.reminder;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * Reminders before an edition's deadline to entrants whose entry is not complete.
 *
 * @param beforeDeadline how long before submissions close the reminder goes out
 * @param minimumAge     entries younger than this are left alone (their entrant is likely still at it)
 * @param interval       how often due reminders are looked for
 */
@ConfigurationProperties("yi.reminders")
public record DeadlineReminderSettings(@Bindable(defaultValue = "72h") Duration beforeDeadline,
                                       @Bindable(defaultValue = "24h") Duration minimumAge,
                                       @Bindable(defaultValue = "15m") Duration interval) {
}
