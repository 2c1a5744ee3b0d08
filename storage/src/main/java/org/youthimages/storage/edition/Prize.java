package org.youthimages.storage.edition;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

/** A special recognition or a partner organisation's prize, judged by its own panel. */
@MappedEntity
@Serdeable.Serializable
public record Prize(@Id @GeneratedValue @Nullable Long id,
                    long editionId,
                    Kind kind,
                    String code,
                    String name,
                    String description,
                    @Nullable String partnerName,
                    @Nullable Long panelId,
                    int position) {

    public enum Kind { SPECIAL_RECOGNITION, PARTNER_PRIZE }
}
