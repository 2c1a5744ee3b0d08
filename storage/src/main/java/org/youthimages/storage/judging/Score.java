package org.youthimages.storage.judging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * One criterion's score on a scorecard; the database keeps it within the criterion's scale. A draft may hold a
 * comment whose value is still to be chosen ({@code value} null); a submitted scorecard has every value.
 */
@MappedEntity
public record Score(@Id @GeneratedValue @Nullable Long id,
                    long scorecardId,
                    long criterionId,
                    @Nullable Integer value,
                    String comment) {
}
