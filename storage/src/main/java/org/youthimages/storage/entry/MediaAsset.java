package org.youthimages.storage.entry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;

/**
 * A file stored for an entry. {@code label} tells assets of one kind apart ({@code 720p}, {@code w640}, {@code fr});
 * {@code probe} holds the media probe as JSON.
 */
@MappedEntity
public record MediaAsset(@Id @GeneratedValue @Nullable Long id,
                         long entryId,
                         Kind kind,
                         String label,
                         String objectKey,
                         String contentType,
                         long sizeBytes,
                         @Nullable String sha256,
                         @Nullable Integer width,
                         @Nullable Integer height,
                         @Nullable Long durationMs,
                         @Nullable Long bitrate,
                         @Nullable @TypeDef(type = DataType.JSON) String probe,
                         @DateCreated @Nullable Instant createdAt) {

    public enum Kind { ORIGINAL, RENDITION, POSTER, STORYBOARD, STORYBOARD_VTT, SUBTITLE }
}
