package org.youthimages.storage.judging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A film given to a juror in a round. Withdrawn rather than deleted, so a begun scorecard is never lost. */
@MappedEntity
public record Assignment(@Id @GeneratedValue @Nullable Long id,
                         long roundId,
                         long entryId,
                         long jurorId,
                         State state,
                         @Nullable Long assignedBy,
                         @DateCreated @Nullable Instant createdAt) {

    public enum State { ACTIVE, WITHDRAWN }
}
