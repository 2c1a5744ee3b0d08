package org.youthimages.storage.judging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

/** A group of jurors: the international jury, a pre-selection committee, a partner's panel. */
@MappedEntity
@Serdeable.Serializable
public record JuryPanel(@Id @GeneratedValue @Nullable Long id, long editionId, String name) {
}
