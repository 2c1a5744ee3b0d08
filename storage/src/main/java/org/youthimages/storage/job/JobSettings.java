package org.youthimages.storage.job;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * How the queue treats every job type, unless {@link JobTypeSettings} says otherwise for a type.
 *
 * @param lease        how long a claimed job stays with its worker without a heartbeat; after that another worker
 *                     may take it over (a killed worker loses nothing but the lease's time)
 * @param heartbeat    how often a running job renews its lease and writes its progress
 * @param pollInterval how often an idle worker looks for work
 * @param backoff      wait before the first retry; each further retry waits twice as long
 * @param maxBackoff   the longest wait between retries
 * @param maxAttempts  attempts before a job is dead (its last error kept)
 */
@ConfigurationProperties("yi.jobs")
public record JobSettings(@Bindable(defaultValue = "60s") Duration lease,
                          @Bindable(defaultValue = "5s") Duration heartbeat,
                          @Bindable(defaultValue = "1s") Duration pollInterval,
                          @Bindable(defaultValue = "10s") Duration backoff,
                          @Bindable(defaultValue = "10m") Duration maxBackoff,
                          @Bindable(defaultValue = "5") int maxAttempts) {

    public JobSettings {
        if (heartbeat.compareTo(lease) >= 0) {
            throw new IllegalArgumentException("yi.jobs.heartbeat (" + heartbeat + ") must be shorter than yi.jobs.lease ("
                    + lease + "), or every running job would lose its lease");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("yi.jobs.max-attempts must be at least 1");
        }
    }

    /** Wait before retrying after the given number of failed attempts: backoff, 2×, 4×… capped. */
    public Duration backoffAfter(int attempts) {
        long factor = 1L << Math.min(30, Math.max(0, attempts - 1));
        Duration delay = backoff.multipliedBy(factor);
        return delay.compareTo(maxBackoff) > 0 || delay.isNegative() ? maxBackoff : delay;
    }
}
