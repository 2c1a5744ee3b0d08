package org.youthimages.storage.job;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.annotation.Nullable;

import java.util.Locale;

/**
 * Settings of one job type, under {@code yi.jobs.types.<type>} ({@code transcode} for TRANSCODE).
 *
 * @param maxAttempts attempts before a job of this type is dead; the queue's default when absent
 * @param concurrency jobs of this type one worker process runs at once; its thread count when absent
 */
@EachProperty("yi.jobs.types")
public record JobTypeSettings(@Parameter String name, @Nullable Integer maxAttempts, @Nullable Integer concurrency) {

    /** The job type these settings are for, as stored in {@code job.type}. */
    public String type() {
        return name.toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
