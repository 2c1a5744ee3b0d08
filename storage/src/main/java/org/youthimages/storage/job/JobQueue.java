package org.youthimages.storage.job;

import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The one place that owns the PostgreSQL job queue. */
@Singleton
public class JobQueue {

    private static final int DEFAULT_MAX_ATTEMPTS = 5;

    private final JobRepository jobs;
    private final ObjectMapper json;

    JobQueue(JobRepository jobs, ObjectMapper json) {
        this.jobs = jobs;
        this.json = json;
    }

    /**
     * Queues the work unless the same work (same dedupe key) was queued before.
     *
     * @return true when newly queued
     */
    public boolean enqueue(JobPayload payload) {
        return jobs.insertIfAbsent(payload.type(), toJson(payload), payload.dedupeKey(), DEFAULT_MAX_ATTEMPTS) == 1;
    }

    private String toJson(JobPayload payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the payload of a " + payload.type() + " job", e);
        }
    }
}
