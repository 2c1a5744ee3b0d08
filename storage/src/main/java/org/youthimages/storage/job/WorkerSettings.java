package org.youthimages.storage.job;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * The job workers of this process.
 *
 * @param threads       worker threads; 0 runs no worker in this process
 * @param id            this worker's name in {@code job.lease_owner}; host name and process id when empty
 * @param shutdownGrace on shutdown, how long running jobs may finish before they are stopped and given back
 */
@ConfigurationProperties("yi.worker")
public record WorkerSettings(@Bindable(defaultValue = "0") int threads,
                             @Nullable String id,
                             @Bindable(defaultValue = "10s") Duration shutdownGrace) {
}
