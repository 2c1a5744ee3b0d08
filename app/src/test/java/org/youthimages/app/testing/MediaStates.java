package org.youthimages.app.testing;

import jakarta.inject.Singleton;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.EntryRepository;
import org.youthimages.storage.entry.MediaAsset;
import org.youthimages.storage.entry.MediaAssetRepository;
import org.youthimages.storage.job.Job;
import org.youthimages.storage.job.JobQueue;
import org.youthimages.storage.job.JobRepository;
import org.youthimages.storage.job.TranscodeJob;
import org.youthimages.storage.objects.ObjectKeys;
import org.youthimages.storage.objects.ObjectStore;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Puts an entry into the states the transcoder worker (another module) moves it through, writing the same rows it
 * writes: the original, the job with its progress, renditions and posters, or a rejection code.
 */
@Singleton
public class MediaStates {

    private final EntryRepository entries;
    private final MediaAssetRepository assets;
    private final JobQueue queue;
    private final JobRepository jobs;
    private final ObjectStore objects;

    MediaStates(EntryRepository entries, MediaAssetRepository assets, JobQueue queue, JobRepository jobs,
                ObjectStore objects) {
        this.entries = entries;
        this.assets = assets;
        this.queue = queue;
        this.jobs = jobs;
        this.objects = objects;
    }

    public MediaAsset received(Entry entry) {
        MediaAsset original = assets.save(new MediaAsset(null, entry.id(), MediaAsset.Kind.ORIGINAL, "",
                ObjectKeys.original(entry.reference(), "test-upload-" + entry.id()), "video/mp4", 1000,
                "0".repeat(64), null, null, null, null, null, null));
        queue.enqueue(new TranscodeJob(entry.id(), original.id()));
        entries.updateStatus(entry.id(), Entry.Status.RECEIVED);
        return original;
    }

    public void processing(Entry entry, MediaAsset original, int percent) {
        Job j = jobs.findByDedupeKey(new TranscodeJob(entry.id(), original.id()).dedupeKey()).orElseThrow();
        jobs.update(new Job(j.id(), j.type(), j.payload(), j.dedupeKey(), Job.State.RUNNING, j.priority(), 1,
                j.maxAttempts(), j.runAfter(), "worker-test", Instant.now().plusSeconds(60), BigDecimal.valueOf(percent),
                null, j.createdAt(), Instant.now(), null, Instant.now()));
        entries.updateStatus(entry.id(), Entry.Status.PROCESSING);
    }

    /** Ready, with a 480p rendition and a poster whose bytes are really in object storage. */
    public void ready(Entry entry, byte[] rendition, byte[] poster) {
        String renditionKey = ObjectKeys.rendition(entry.reference(), "480p");
        String posterKey = ObjectKeys.poster(entry.reference(), 640);
        objects.put(renditionKey, new ByteArrayInputStream(rendition), rendition.length, "video/mp4");
        objects.put(posterKey, new ByteArrayInputStream(poster), poster.length, "image/jpeg");
        assets.save(new MediaAsset(null, entry.id(), MediaAsset.Kind.RENDITION, "480p", renditionKey, "video/mp4",
                rendition.length, null, 854, 480, 61_000L, 900_000L, null, null));
        assets.save(new MediaAsset(null, entry.id(), MediaAsset.Kind.POSTER, "w640", posterKey, "image/jpeg",
                poster.length, null, 640, 360, null, null, null, null));
        entries.updateStatus(entry.id(), Entry.Status.READY);
    }

    public void rejected(Entry entry, String code) {
        Entry e = entries.findById(entry.id()).orElseThrow();
        entries.update(new Entry(e.id(), e.editionId(), e.reference(), e.statusTokenHash(), e.locale(), e.title(),
                e.synopsis(), e.originalLanguage(), e.subtitleLanguage(), e.completedOn(), e.mainThemeId(),
                e.secondaryThemeId(), e.specialRecognitionId(), e.screeningHistory(), e.aiOrStockFootage(),
                e.aiOrStockDetails(), e.ageCategoryId(), Entry.Status.REJECTED, code, "rejected by test",
                e.eligibility(), e.eligibilityReason(), e.durationMs(), e.createdAt(), null, e.personalDataErasedAt()));
    }
}
