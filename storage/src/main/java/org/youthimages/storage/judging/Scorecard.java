package org.youthimages.storage.judging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.math.BigDecimal;
import java.time.Instant;

/** A juror's scorecard for one assignment: a draft until submitted, then locked until an organiser unlocks it. */
@MappedEntity
public record Scorecard(@Id @GeneratedValue @Nullable Long id,
                        long assignmentId,
                        State state,
                        String overallComment,
                        String privateNote,
                        BigDecimal watchedPercent,
                        boolean watchConfirmedBelowThreshold,
                        @Version @Nullable Integer version,
                        @DateCreated @Nullable Instant createdAt,
                        @DateUpdated @Nullable Instant updatedAt,
                        @Nullable Instant submittedAt) {

    public enum State { DRAFT, SUBMITTED }
}
