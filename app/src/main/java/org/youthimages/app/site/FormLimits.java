package org.youthimages.app.site;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * How often one client address may use the public forms per hour.
 *
 * @param submissionsPerHour new entries
 * @param linkRequestsPerHour requests for a new private link
 */
@ConfigurationProperties("yi.limits")
public record FormLimits(@Bindable(defaultValue = "20") int submissionsPerHour,
                         @Bindable(defaultValue = "5") int linkRequestsPerHour) {
}
