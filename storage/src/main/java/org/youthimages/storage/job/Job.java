package org.youthimages.storage.job;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A unit of background work in the PostgreSQL job queue. {@code leaseOwner} names the worker that ran it last;
 * while it runs, the lease must be renewed before {@code leaseExpiresAt} or another worker takes the job over.
 */
@MappedEntity
public record Job(@Id @GeneratedValue @Nullable Long id,
                  String type,
                  @TypeDef(type = DataType.JSON) String payload,
                  String dedupeKey,
                  State state,
                  int priority,
                  int attempts,
                  int maxAttempts,
                  Instant runAfter,
                  @Nullable String leaseOwner,
                  @Nullable Instant leaseExpiresAt,
                  BigDecimal progressPercent,
                  @Nullable String lastError,
                  Instant createdAt,
                  Instant updatedAt,
                  @Nullable Instant finishedAt,
                  @Nullable Instant startedAt) {

    public enum State { QUEUED, RUNNING, DONE, DEAD }

    public Job withLastError(String error) {
        return new Job(id, type, payload, dedupeKey, state, priority, attempts, maxAttempts, runAfter, leaseOwner,
                leaseExpiresAt, progressPercent, error, createdAt, updatedAt, finishedAt, startedAt);
    }

    public double progress() {
        return progressPercent.doubleValue();
    }
}
