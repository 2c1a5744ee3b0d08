package org.youthimages.storage.upload;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * One resumable upload: where its bytes go (an S3 multipart upload of {@code objectKey}), how far it got, and the
 * running SHA-256 of what arrived, so that any app instance can take the next request.
 */
@MappedEntity("upload_session")
public record UploadSession(@Id String id,
                            long entryId,
                            State state,
                            long length,
                            @MappedProperty("upload_offset") long offset,
                            long partSize,
                            String objectKey,
                            String multipartId,
                            @TypeDef(type = DataType.JSON) List<Part> parts,
                            @TypeDef(type = DataType.JSON) List<Stage> stages,
                            byte[] sha256State,
                            @Nullable String sha256,
                            String filename,
                            String contentType,
                            @Nullable String clientAddress,
                            @Nullable String leaseToken,
                            @Nullable Instant leaseUntil,
                            @GeneratedValue @Nullable Instant createdAt,
                            @GeneratedValue @Nullable Instant updatedAt,
                            Instant expiresAt,
                            @Nullable Instant completedAt) {

    public enum State { ACTIVE, COMPLETED, TERMINATED, EXPIRED }

    public UploadSession {
        parts = parts == null ? List.of() : List.copyOf(parts);
        stages = stages == null ? List.of() : List.copyOf(stages);
    }

    /** A part already in the S3 multipart upload. */
    @Serdeable
    public record Part(int number, String etag, long size) {
    }

    /** Bytes after the last part, kept as a small object until enough arrive to fill a part. */
    @Serdeable
    public record Stage(String key, long size) {
    }

    public boolean isComplete() {
        return offset == length;
    }

    /** Where the bytes that are neither in a part nor staged start: the end of the parts plus the staged bytes. */
    public long partsEnd() {
        return parts.stream().mapToLong(Part::size).sum();
    }
}
