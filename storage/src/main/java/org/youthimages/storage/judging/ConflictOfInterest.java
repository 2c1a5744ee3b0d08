package org.youthimages.storage.judging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A juror who must not judge an entry: declared by the juror, detected, or set by an organiser. */
@MappedEntity
public record ConflictOfInterest(@Id @GeneratedValue @Nullable Long id,
                                 long entryId,
                                 long jurorId,
                                 Source source,
                                 String reason,
                                 @DateCreated @Nullable Instant createdAt) {

    public enum Source { DECLARED, SAME_ORGANISATION, SAME_COUNTRY, ORGANISER }
}
