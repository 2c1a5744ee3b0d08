package org.youthimages.storage.edition;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

/** An age band of an edition, e.g. 13 to 17, bounds included; ages count at the edition's cut-off date. */
@MappedEntity
@Serdeable.Serializable
public record AgeCategory(@Id @GeneratedValue @Nullable Long id,
                          long editionId,
                          String code,
                          String name,
                          int minAge,
                          int maxAge,
                          int position) {

    public AgeCategory {
        if (maxAge < minAge) {
            throw new IllegalArgumentException("Age category " + code + " ends before it starts");
        }
    }

    public boolean includes(int age) {
        return age >= minAge && age <= maxAge;
    }
}
