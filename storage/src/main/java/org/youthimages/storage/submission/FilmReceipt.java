package org.youthimages.storage.submission;

import jakarta.inject.Singleton;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.EntryRepository;
import org.youthimages.storage.entry.MediaAsset;
import org.youthimages.storage.entry.MediaAssetRepository;
import org.youthimages.storage.job.JobQueue;
import org.youthimages.storage.job.TranscodeJob;
import org.youthimages.storage.objects.ObjectStore;
import org.youthimages.storage.upload.UploadSession;

import java.util.Optional;

/**
 * A film has arrived whole: it becomes the entry's original (replacing an earlier one), the entry waits for
 * processing, and the transcode job is queued. Runs inside the transaction that completes the upload.
 */
@Singleton
public class FilmReceipt {

    private final EntryRepository entries;
    private final MediaAssetRepository assets;
    private final SubmissionQueries queries;
    private final JobQueue jobs;
    private final ObjectStore objects;

    FilmReceipt(EntryRepository entries, MediaAssetRepository assets, SubmissionQueries queries, JobQueue jobs,
                ObjectStore objects) {
        this.entries = entries;
        this.assets = assets;
        this.queries = queries;
        this.jobs = jobs;
        this.objects = objects;
    }

    /** @return the entry, now RECEIVED, and the new original */
    public Received record(UploadSession upload) {
        return record(upload.entryId(), upload.objectKey(), upload.contentType(), upload.length(), upload.sha256());
    }

    /** A film already stored under {@code objectKey}, whole, becomes the entry's original. */
    public Received record(long entryId, String objectKey, String contentType, long length, String sha256) {
        Optional<MediaAsset> previous = assets.findByEntryIdAndKindAndLabel(entryId, MediaAsset.Kind.ORIGINAL, "");
        previous.ifPresent(assets::delete);
        MediaAsset original = assets.save(new MediaAsset(null, entryId, MediaAsset.Kind.ORIGINAL, "", objectKey,
                contentType, length, sha256, null, null, null, null, null, null));
        queries.markReceived(entryId);
        jobs.enqueue(new TranscodeJob(entryId, original.id()));
        previous.filter(p -> !p.objectKey().equals(original.objectKey())).ifPresent(p -> objects.delete(p.objectKey()));
        return new Received(entries.findById(entryId).orElseThrow(), original, previous.isPresent());
    }

    public record Received(Entry entry, MediaAsset original, boolean replaced) {
    }
}
