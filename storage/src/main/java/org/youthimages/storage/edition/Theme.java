package org.youthimages.storage.edition;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

/** One of the edition's themes an entrant picks as main or secondary theme. */
@MappedEntity
@Serdeable.Serializable
public record Theme(@Id @GeneratedValue @Nullable Long id,
                    long editionId,
                    String code,
                    String name,
                    String description,
                    int position) {
}
