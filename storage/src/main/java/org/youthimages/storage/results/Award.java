package org.youthimages.storage.results;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A decided award with its recorded reason: a category's distinction, a special recognition or a partner prize. */
@MappedEntity
@Serdeable.Serializable
public record Award(@Id @GeneratedValue @Nullable Long id,
                    long editionId,
                    Kind kind,
                    long entryId,
                    @Nullable Long ageCategoryId,
                    @Nullable Long prizeId,
                    String reason,
                    @Nullable Long decidedBy,
                    Instant decidedAt) {

    public enum Kind { CATEGORY_DISTINCTION, SPECIAL_RECOGNITION, PARTNER_PRIZE }
}
