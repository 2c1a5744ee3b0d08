package org.youthimages.storage.entry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.youthimages.storage.sql.Jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the media pipeline records for an entry: RECEIVED → PROCESSING → READY with its outputs, or REJECTED with a
 * reason. Outputs are upserted on (entry, kind, label), so a retried job overwrites its own rows and never adds
 * to them; the original's row only gains its probe. A job that ends after its entrant withdrew the entry records
 * nothing: every file of the entry is handed back for deletion instead.
 */
@Singleton
public class MediaOutputs {

    /** Kinds the pipeline produces (and may replace); the original and subtitles are never touched. */
    static final Set<MediaAsset.Kind> PRODUCED = Set.of(MediaAsset.Kind.RENDITION, MediaAsset.Kind.POSTER,
            MediaAsset.Kind.STORYBOARD, MediaAsset.Kind.STORYBOARD_VTT);

    private final EntryMediaRepository media;
    private final MediaAssetRepository assets;
    private final Jdbc jdbc;

    MediaOutputs(EntryMediaRepository media, MediaAssetRepository assets, Jdbc jdbc) {
        this.media = media;
        this.assets = assets;
        this.jdbc = jdbc;
    }

    /** @return false when the entry does not exist or has no upload yet */
    public boolean startProcessing(long entryId) {
        return media.markProcessing(entryId) == 1;
    }

    /**
     * Records the outputs, describes the original with its probe, and makes the entry READY, in one transaction.
     *
     * @param outputs rows of the produced kinds (ids and creation times are ignored)
     * @return object keys of earlier outputs this run did not produce again (of every file, when the entry was
     *         withdrawn meanwhile): the caller deletes those objects
     */
    @Transactional
    public List<String> ready(long entryId, MediaAsset original, List<MediaAsset> outputs, long durationMs) {
        if (withdrawn(entryId)) {
            return discardAll(entryId, outputs);
        }
        for (MediaAsset output : outputs) {
            if (!PRODUCED.contains(output.kind()) || output.entryId() != entryId) {
                throw new IllegalArgumentException("Not an output of entry " + entryId + ": " + output);
            }
            media.upsert(entryId, output.kind().name(), output.label(), output.objectKey(), output.contentType(),
                    output.sizeBytes(), output.sha256(), output.width(), output.height(), output.durationMs(),
                    output.bitrate(), output.probe());
        }
        describe(original);
        List<String> stale = removeStale(entryId, outputs);
        media.markReady(entryId, durationMs);
        return stale;
    }

    /**
     * Rejects the entry with a reason code (a {@link RejectionReason} name) and a message for the entrant, keeping
     * the original's probe when there is one.
     *
     * @return object keys of outputs an earlier run left (of every file, when the entry was withdrawn meanwhile),
     *         which the caller deletes
     */
    @Transactional
    public List<String> reject(long entryId, MediaAsset original, RejectionReason reason, String message,
                               @Nullable Long durationMs) {
        if (withdrawn(entryId)) {
            return discardAll(entryId, List.of());
        }
        if (original.probe() != null) {
            describe(original);
        }
        List<String> stale = removeStale(entryId, List.of());
        media.markRejected(entryId, reason.name(), message, durationMs);
        return stale;
    }

    private void describe(MediaAsset original) {
        if (original.probe() != null) {
            media.describeOriginal(original.id(), original.probe(), original.width(), original.height(),
                    original.durationMs(), original.bitrate());
        }
    }

    /** Locks the entry's row, so a withdrawal waits for this job's record or this job sees the withdrawal. */
    private boolean withdrawn(long entryId) {
        return jdbc.one("select eligibility = 'WITHDRAWN' from entry where id = ? for update",
                rs -> rs.getBoolean(1), entryId).orElse(false);
    }

    private List<String> discardAll(long entryId, List<MediaAsset> outputs) {
        List<String> keys = new ArrayList<>(outputs.stream().map(MediaAsset::objectKey).toList());
        keys.addAll(jdbc.list("delete from media_asset where entry_id = ? returning object_key",
                rs -> rs.getString(1), entryId));
        return keys.stream().distinct().toList();
    }

    private List<String> removeStale(long entryId, List<MediaAsset> kept) {
        Set<String> keep = kept.stream().map(a -> a.kind() + "/" + a.label()).collect(Collectors.toSet());
        List<String> removed = new ArrayList<>();
        for (MediaAsset asset : assets.findByEntryId(entryId)) {
            if (PRODUCED.contains(asset.kind()) && !keep.contains(asset.kind() + "/" + asset.label())) {
                media.deleteOutput(asset.id());
                removed.add(asset.objectKey());
            }
        }
        return removed;
    }
}
