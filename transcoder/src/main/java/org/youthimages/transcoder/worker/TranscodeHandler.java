package org.youthimages.transcoder.worker;

import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.edition.EditionRepository;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.EntryRepository;
import org.youthimages.storage.entry.MediaAsset;
import org.youthimages.storage.entry.MediaAssetRepository;
import org.youthimages.storage.entry.MediaOutputs;
import org.youthimages.storage.entry.RejectionReason;
import org.youthimages.storage.job.JobContext;
import org.youthimages.storage.job.JobFailure;
import org.youthimages.storage.job.JobHandler;
import org.youthimages.storage.job.TranscodeJob;
import org.youthimages.storage.objects.ObjectStore;
import org.youthimages.transcoder.media.MediaLimits;
import org.youthimages.transcoder.media.Progress;
import org.youthimages.transcoder.media.Rejection;
import org.youthimages.transcoder.media.Rejections;
import org.youthimages.transcoder.media.TranscodeResult;
import org.youthimages.transcoder.sandbox.MediaSandbox;
import org.youthimages.transcoder.sandbox.SandboxFailure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * TRANSCODE: takes an entry's uploaded original from RECEIVED to READY (renditions, posters, storyboard) or to
 * REJECTED with a reason. The original object is only read. Safe to run twice: outputs go to fixed keys and rows.
 * Timeouts, crashes and errors of the media process are retried; after the last attempt the entry is rejected
 * with {@code PROCESSING_TIMEOUT} or {@code PROCESSING_FAILED}.
 */
@Singleton
public class TranscodeHandler implements JobHandler<TranscodeJob> {

    private static final Logger LOG = LoggerFactory.getLogger(TranscodeHandler.class);

    private final EntryRepository entries;
    private final MediaAssetRepository assets;
    private final EditionRepository editions;
    private final MediaOutputs outputs;
    private final ObjectStore objects;
    private final MediaSandbox sandbox;
    private final WorkFolders folders;
    private final ObjectMapper json;

    TranscodeHandler(EntryRepository entries, MediaAssetRepository assets, EditionRepository editions,
                     MediaOutputs outputs, ObjectStore objects, MediaSandbox sandbox, WorkFolders folders,
                     ObjectMapper json) {
        this.entries = entries;
        this.assets = assets;
        this.editions = editions;
        this.outputs = outputs;
        this.objects = objects;
        this.sandbox = sandbox;
        this.folders = folders;
        this.json = json;
    }

    @Override
    public String type() {
        return TranscodeJob.TYPE;
    }

    @Override
    public Class<TranscodeJob> payloadType() {
        return TranscodeJob.class;
    }

    @Override
    public void run(TranscodeJob job, JobContext context) {
        Entry entry = entries.findById(job.entryId())
                .orElseThrow(() -> JobFailure.permanent("Entry " + job.entryId() + " does not exist"));
        MediaAsset original = original(job);
        Edition edition = editions.findById(entry.editionId()).orElseThrow();
        if (!outputs.startProcessing(entry.id())) {
            throw JobFailure.retryable("Entry " + entry.reference() + " is not marked as uploaded yet", null);
        }
        MediaLimits limits = new MediaLimits(edition.minFilmSeconds(), edition.maxFilmSeconds(),
                edition.lengthToleranceSeconds(), edition.maxFileBytes(), edition.minVideoHeight());
        if (original.sizeBytes() > limits.maxFileBytes()) {
            reject(entry, original, Rejections.fileTooLarge(original.sizeBytes(), limits.maxFileBytes()), null);
            return;
        }
        Path folder = folders.create(context.jobId(), context.attempt());
        try {
            Path input = new OriginalDownload(objects).fetch(original, folder.resolve("original"));
            TranscodeResult result = transcode(input, folder.resolve("out"), limits, context);
            if (result.accepted()) {
                publish(entry, original, result, folder.resolve("out"));
            } else {
                reject(entry, described(original, result), result.rejection(), result.durationMs());
            }
        } finally {
            folders.delete(folder);
        }
    }

    private MediaAsset original(TranscodeJob job) {
        return assets.findById(job.originalAssetId())
                .filter(asset -> asset.kind() == MediaAsset.Kind.ORIGINAL && asset.entryId() == job.entryId())
                .orElseThrow(() -> JobFailure.permanent("No original " + job.originalAssetId() + " for entry "
                        + job.entryId()));
    }

    private TranscodeResult transcode(Path input, Path out, MediaLimits limits, JobContext context) {
        Progress progress = (phase, percent) -> {
            if (Progress.ENCODING.equals(phase)) {
                context.progress(percent);
            }
        };
        try {
            return sandbox.run(input, out, limits, progress, context::cancelled);
        } catch (SandboxFailure failure) {
            RejectionReason reason = failure.kind() == SandboxFailure.Kind.TIMEOUT
                    ? RejectionReason.PROCESSING_TIMEOUT : RejectionReason.PROCESSING_FAILED;
            throw JobFailure.retryable(reason + ": " + failure.getMessage(), failure);
        }
    }

    private void publish(Entry entry, MediaAsset original, TranscodeResult result, Path out) {
        List<MediaAsset> produced = new OutputUpload(objects, json, entry, out).upload(result);
        List<String> stale = outputs.ready(entry.id(), described(original, result), produced, result.durationMs());
        deleteObjects(stale);
        LOG.info("Entry {} is ready: {} renditions, {} posters", entry.reference(), result.renditions().size(),
                result.posters().size());
    }

    private void reject(Entry entry, MediaAsset original, Rejection rejection, Long durationMs) {
        List<String> stale = outputs.reject(entry.id(), original, rejection.reason(), rejection.message(), durationMs);
        deleteObjects(stale);
        LOG.info("Entry {} rejected: {} ({})", entry.reference(), rejection.reason(), rejection.detail());
    }

    /** After the last attempt: the entrant learns that processing failed, and the organisers see why in the job. */
    @Override
    public void giveUp(TranscodeJob job, String lastError) {
        entries.findById(job.entryId()).ifPresent(entry -> {
            Rejection rejection = lastError != null && lastError.startsWith(RejectionReason.PROCESSING_TIMEOUT.name())
                    ? Rejections.timeout(lastError) : Rejections.failed(lastError);
            assets.findById(job.originalAssetId()).ifPresent(original -> reject(entry, original, rejection, null));
        });
    }

    /** The original's row with what the probe found. */
    private MediaAsset described(MediaAsset original, TranscodeResult result) {
        if (result.probe() == null) {
            return original;
        }
        var video = result.probe().video();
        return new MediaAsset(original.id(), original.entryId(), original.kind(), original.label(),
                original.objectKey(), original.contentType(), original.sizeBytes(), original.sha256(),
                video == null ? null : video.displayWidth(), video == null ? null : video.displayHeight(),
                result.durationMs(), result.probe().bitrate(), toJson(result.probe()), original.createdAt());
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deleteObjects(List<String> keys) {
        keys.forEach(objects::delete);
    }
}
