package org.youthimages.storage.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;

/**
 * One decision or change: who, when, on what, and the state before and after as JSON.
 * The table is append-only; the database refuses updates and deletes.
 */
@MappedEntity
public record AuditEvent(@Id @GeneratedValue @Nullable Long id,
                         @DateCreated @Nullable Instant at,
                         @Nullable Long actorId,
                         String actorLabel,
                         String action,
                         @Nullable Long editionId,
                         String subjectType,
                         String subjectId,
                         @Nullable @TypeDef(type = DataType.JSON) String before,
                         @Nullable @TypeDef(type = DataType.JSON) String after) {
}
