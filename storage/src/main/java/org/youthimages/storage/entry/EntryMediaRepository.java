package org.youthimages.storage.entry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** The media pipeline's writes to entries and their media assets. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface EntryMediaRepository extends GenericRepository<MediaAsset, Long> {

    @Query("""
            update entry set status = 'PROCESSING', rejection_code = null, rejection_message = null, updated_at = now()
             where id = :entryId and status <> 'AWAITING_UPLOAD'""")
    int markProcessing(long entryId);

    @Query("""
            update entry set status = 'READY', duration_ms = :durationMs, rejection_code = null,
                   rejection_message = null, updated_at = now()
             where id = :entryId""")
    int markReady(long entryId, long durationMs);

    @Query("""
            update entry set status = 'REJECTED', rejection_code = :code, rejection_message = :message,
                   duration_ms = coalesce(:durationMs, duration_ms), updated_at = now()
             where id = :entryId""")
    int markRejected(long entryId, String code, String message, @Nullable Long durationMs);

    @Query("""
            insert into media_asset (entry_id, kind, label, object_key, content_type, size_bytes, sha256, width, height,
                                     duration_ms, bitrate, probe)
            values (:entryId, :kind, :label, :objectKey, :contentType, :sizeBytes, :sha256, :width, :height,
                    :durationMs, :bitrate, cast(:probe as jsonb))
            on conflict (entry_id, kind, label) do update
               set object_key = excluded.object_key, content_type = excluded.content_type,
                   size_bytes = excluded.size_bytes, sha256 = excluded.sha256, width = excluded.width,
                   height = excluded.height, duration_ms = excluded.duration_ms, bitrate = excluded.bitrate,
                   probe = excluded.probe, created_at = now()""")
    int upsert(long entryId, String kind, String label, String objectKey, String contentType, long sizeBytes,
               @Nullable String sha256, @Nullable Integer width, @Nullable Integer height, @Nullable Long durationMs,
               @Nullable Long bitrate, @Nullable String probe);

    @Query("""
            update media_asset set probe = cast(:probe as jsonb), width = :width, height = :height,
                   duration_ms = :durationMs, bitrate = :bitrate
             where id = :assetId and kind = 'ORIGINAL'""")
    int describeOriginal(long assetId, String probe, @Nullable Integer width, @Nullable Integer height,
                         @Nullable Long durationMs, @Nullable Long bitrate);

    @Query("delete from media_asset where id = :assetId and kind <> 'ORIGINAL'")
    int deleteOutput(long assetId);
}
