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
        Optional<MediaAsset> previous = assets.findByEntryIdAndKindAndLabel(upload.entryId(), MediaAsset.Kind.ORIGINAL, "");
        previous.ifPresent(assets::delete);
        MediaAsset original = assets.save(new MediaAsset(null, upload.entryId(), MediaAsset.Kind.ORIGINAL, "",
                upload.objectKey(), upload.contentType(), upload.length(), upload.sha256(), null, null, null, null,
                null, null));
        queries.markReceived(upload.entryId());
        jobs.enqueue(new TranscodeJob(upload.entryId(), original.id()));
        previous.filter(p -> !p.objectKey().equals(original.objectKey())).ifPresent(p -> objects.delete(p.objectKey()));
        return new Received(entries.findById(upload.entryId()).orElseThrow(), original, previous.isPresent());
    }

    public record Received(Entry entry, MediaAsset original, boolean replaced) {
    }
}
