package org.youthimages.storage.job;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one place that owns the PostgreSQL job queue: enqueue with dedupe, claim with {@code FOR UPDATE SKIP LOCKED}
 * and a lease, heartbeat, complete, fail with exponential backoff, and a dead state after the last attempt.
 * Workers ({@link JobWorkers}) drive it; producers only call {@link #enqueue}.
 */
@Singleton
public class JobQueue {

    /** What became of a failed job. */
    public enum Outcome { RETRY, DEAD, LOST }

    private static final Logger LOG = LoggerFactory.getLogger(JobQueue.class);
    private static final int MAX_ERROR_LENGTH = 4000;

    private final JobRepository jobs;
    private final ObjectMapper json;
    private final JobSettings settings;
    private final Map<String, JobTypeSettings> types;

    JobQueue(JobRepository jobs, ObjectMapper json, JobSettings settings, List<JobTypeSettings> types) {
        this.jobs = jobs;
        this.json = json;
        this.settings = settings;
        this.types = types.stream().collect(Collectors.toMap(JobTypeSettings::type, Function.identity()));
    }

    /**
     * Queues the work unless the same work (same dedupe key) was queued before.
     *
     * @return true when newly queued
     */
    public boolean enqueue(JobPayload payload) {
        return jobs.insertIfAbsent(payload.type(), toJson(payload), payload.dedupeKey(), maxAttempts(payload.type())) == 1;
    }

    /** The job for this work, if it was ever queued: its state, attempts, progress and last error. */
    public Optional<Job> find(JobPayload payload) {
        return jobs.findByDedupeKey(payload.dedupeKey());
    }

    /**
     * Takes the next due job of one of these types for {@code worker}: a queued one, or one whose worker stopped
     * renewing its lease. The returned job carries this claim's lease owner, which every later call checks.
     */
    @Transactional
    public Optional<Job> claim(String worker, Collection<String> jobTypes) {
        if (jobTypes.isEmpty()) {
            return Optional.empty();
        }
        Optional<Job> next = jobs.findClaimable(jobTypes);
        if (next.isEmpty()) {
            return Optional.empty();
        }
        Job job = next.get();
        if (job.state() == Job.State.RUNNING) {
            LOG.warn("Taking over job {} ({}) from {}, whose lease expired at {}", job.id(), job.type(),
                    job.leaseOwner(), job.leaseExpiresAt());
        }
        String owner = worker + ":" + UUID.randomUUID().toString().substring(0, 8);
        jobs.markRunning(job.id(), owner, settings.lease().toMillis());
        return jobs.findById(job.id());
    }

    /** Renews the lease and records progress; false when the job is no longer this claim's (the worker must stop). */
    public boolean heartbeat(Job running, double progressPercent) {
        BigDecimal progress = BigDecimal.valueOf(Math.max(0, Math.min(100, progressPercent)))
                .setScale(2, RoundingMode.HALF_UP);
        return jobs.renewLease(running.id(), running.leaseOwner(), settings.lease().toMillis(), progress) == 1;
    }

    /** @return false when the job was no longer this claim's */
    public boolean complete(Job running) {
        return jobs.markDone(running.id(), running.leaseOwner()) == 1;
    }

    /**
     * Records a failed attempt: the job is retried after a backoff, or is dead after its last attempt (or at once
     * when {@code permanent}), keeping the error.
     */
    public Outcome fail(Job running, String error, boolean permanent) {
        String message = truncate(error);
        if (permanent || running.attempts() >= running.maxAttempts()) {
            return jobs.markDead(running.id(), running.leaseOwner(), message) == 1 ? Outcome.DEAD : Outcome.LOST;
        }
        Duration delay = settings.backoffAfter(running.attempts());
        return jobs.markForRetry(running.id(), running.leaseOwner(), delay.toMillis(), message) == 1
                ? Outcome.RETRY : Outcome.LOST;
    }

    /** Gives the job back without counting the attempt, for another worker to take at once. */
    public boolean release(Job running) {
        return jobs.markReleased(running.id(), running.leaseOwner()) == 1;
    }

    /** Marks dead the jobs whose worker vanished during their last attempt, and returns them. */
    @Transactional
    public List<Job> buryAbandoned() {
        List<Job> buried = new ArrayList<>();
        for (Job job : jobs.findAbandoned()) {
            String error = truncate((job.lastError() == null ? "" : job.lastError() + "\n") + "Worker " + job.leaseOwner()
                    + " stopped renewing its lease during attempt " + job.attempts() + " of " + job.maxAttempts());
            if (jobs.markAbandoned(job.id(), error) == 1) {
                buried.add(jobs.findById(job.id()).orElseThrow());
            }
        }
        return buried;
    }

    /** Puts a dead job back in the queue with fresh attempts, for an operator who fixed the cause. */
    public boolean retryDead(long jobId) {
        return jobs.requeueDead(jobId) == 1;
    }

    public <P extends JobPayload> P payload(Job job, Class<P> type) {
        try {
            return json.readValue(job.payload(), type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the payload of job " + job.id(), e);
        }
    }

    int maxAttempts(String type) {
        JobTypeSettings typeSettings = types.get(type);
        return typeSettings != null && typeSettings.maxAttempts() != null ? typeSettings.maxAttempts()
                : settings.maxAttempts();
    }

    /** How many jobs of a type one worker process runs at once; {@code fallback} when not configured. */
    int concurrency(String type, int fallback) {
        JobTypeSettings typeSettings = types.get(type);
        return typeSettings != null && typeSettings.concurrency() != null ? typeSettings.concurrency() : fallback;
    }

    JobSettings settings() {
        return settings;
    }

    private String toJson(JobPayload payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the payload of a " + payload.type() + " job", e);
        }
    }

    private static String truncate(String error) {
        String text = error == null || error.isBlank() ? "(no message)" : error;
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }
}
