package org.youthimages.app.upload;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * Limits of the public upload endpoint.
 *
 * @param creationsPerWindow how many uploads one client address may start per window
 * @param window             the rate limit's window
 */
@ConfigurationProperties("yi.uploads.limits")
record UploadLimits(@Bindable(defaultValue = "30") int creationsPerWindow,
                    @Bindable(defaultValue = "1h") Duration window) {
}
