package org.youthimages.storage.publication;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** An edition's winners made public; unpublishing keeps the record and takes the gallery down. */
@MappedEntity
@Serdeable.Serializable
public record Publication(@Id @GeneratedValue @Nullable Long id,
                          long editionId,
                          Instant publishedAt,
                          @Nullable Long publishedBy,
                          @Nullable Instant unpublishedAt,
                          @Nullable Long unpublishedBy,
                          @Nullable Instant entrantsNotifiedAt) {

    public boolean isLive() {
        return unpublishedAt == null;
    }
}
