package org.youthimages.storage.results;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One line of a juror's ballot in a ranked vote: this film at this rank (1 is best). */
@MappedEntity
public record Ranking(@Id @GeneratedValue @Nullable Long id, long roundId, long jurorId, long entryId, int rank) {
}
