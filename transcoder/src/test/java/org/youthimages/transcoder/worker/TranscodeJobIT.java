package org.youthimages.transcoder.worker;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.EntryRepository;
import org.youthimages.storage.entry.MediaAsset;
import org.youthimages.storage.entry.MediaAssetRepository;
import org.youthimages.storage.job.Job;
import org.youthimages.storage.job.JobContext;
import org.youthimages.storage.job.JobQueue;
import org.youthimages.storage.job.JobWorkers;
import org.youthimages.storage.objects.ObjectKeys;
import org.youthimages.storage.objects.ObjectStore;
import org.youthimages.transcoder.media.Clip;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** TRANSCODE jobs run by workers in this process against the real database and object storage. */
@MicronautTest(transactional = false)
@Property(name = "yi.jobs.lease", value = "3s")
@Property(name = "yi.jobs.heartbeat", value = "500ms")
@Property(name = "yi.jobs.poll-interval", value = "200ms")
@Property(name = "yi.jobs.backoff", value = "200ms")
@Property(name = "yi.jobs.types.transcode.max-attempts", value = "2")
class TranscodeJobIT {

    static final Path CLIPS = Path.of("target", "test-clips", "jobs");

    @Inject Submissions submissions;
    @Inject JobWorkers workers;
    @Inject JobQueue queue;
    @Inject EntryRepository entries;
    @Inject MediaAssetRepository assets;
    @Inject ObjectStore objects;
    @Inject TranscodeHandler handler;

    private Edition edition;

    @BeforeEach
    void start() throws IOException {
        Files.createDirectories(CLIPS);
        edition = submissions.shortFilmEdition();
        workers.start(1);
    }

    @AfterEach
    void stop() {
        workers.stop();
    }

    @Test
    void takesAnUploadedFilmToReadyWithEveryOutputStoredAndDescribed() {
        Path clip = Clip.landscape().writeTo(CLIPS.resolve("ready.mp4"));
        Submissions.Submitted submitted = submissions.submit(edition, clip);

        waitUntilSettled(submitted, Entry.Status.READY);

        Entry entry = entries.findById(submitted.entry().id()).orElseThrow();
        assertThat(entry.durationMs()).isCloseTo(3000L, within(100L));
        Job job = queue.find(submitted.job()).orElseThrow();
        assertThat(job.state()).isEqualTo(Job.State.DONE);
        assertThat(job.progress()).isEqualTo(100);
        List<MediaAsset> stored = assets.findByEntryId(entry.id());
        assertThat(stored).extracting(a -> a.kind() + " " + a.label()).containsExactlyInAnyOrder("ORIGINAL ",
                "RENDITION 360p", "POSTER w640", "POSTER w320", "STORYBOARD ", "STORYBOARD_VTT ");
        stored.forEach(asset -> assertThat(objects.stat(asset.objectKey())).as(asset.objectKey())
                .hasValueSatisfying(o -> assertThat(o.size()).isEqualTo(asset.sizeBytes())));
        MediaAsset rendition = asset(stored, MediaAsset.Kind.RENDITION);
        assertThat(rendition.objectKey()).isEqualTo(ObjectKeys.rendition(entry.reference(), "360p"));
        assertThat(rendition.width()).isEqualTo(640);
        assertThat(rendition.contentType()).isEqualTo("video/mp4");
        MediaAsset original = asset(stored, MediaAsset.Kind.ORIGINAL);
        assertThat(original.probe()).contains("\"container\"").contains("\"h264\"");
        assertThat(original.width()).isEqualTo(640);
        assertThat(original.sha256()).isEqualTo(Submissions.sha256(clip));
        assertThat(asset(stored, MediaAsset.Kind.STORYBOARD).probe()).contains("\"tileWidth\": 160");
    }

    @Test
    void runningTheSameJobAgainOverwritesItsOutputsAndNeverDuplicatesThem() throws Exception {
        Submissions.Submitted submitted = submissions.submit(edition,
                Clip.landscape().writeTo(CLIPS.resolve("twice.mp4")));
        waitUntil(() -> status(submitted) == Entry.Status.READY);
        List<MediaAsset> first = assets.findByEntryId(submitted.entry().id());

        handler.run(submitted.job(), new OneOffContext(999_000 + submitted.entry().id()));

        List<MediaAsset> second = assets.findByEntryId(submitted.entry().id());
        assertThat(second).hasSameSizeAs(first);
        assertThat(second).extracting(MediaAsset::objectKey)
                .containsExactlyInAnyOrderElementsOf(first.stream().map(MediaAsset::objectKey).toList());
        assertThat(status(submitted)).isEqualTo(Entry.Status.READY);
    }

    @Test
    void rejectsAFileThatIsNotAFilmWithAReasonTheEntrantUnderstands() throws IOException {
        Path notAFilm = Files.writeString(CLIPS.resolve("essay.mp4"), "My film is about my grandmother.\n".repeat(40));
        Submissions.Submitted submitted = submissions.submit(edition, notAFilm);

        waitUntilSettled(submitted, Entry.Status.REJECTED);

        Entry entry = entries.findById(submitted.entry().id()).orElseThrow();
        assertThat(entry.rejectionCode()).isEqualTo("UNSUPPORTED_FORMAT");
        assertThat(entry.rejectionMessage()).contains("cannot open this file as a video");
        assertThat(queue.find(submitted.job()).orElseThrow().state()).isEqualTo(Job.State.DONE);
        assertThat(objects.stat(submitted.original().objectKey())).as("the original is kept").isPresent();
    }

    @Test
    void retriesWhenTheOriginalCannotBeReadAndTellsTheEntrantAfterTheLastAttempt() {
        Submissions.Submitted submitted = submissions.submit(edition,
                Clip.landscape().writeTo(CLIPS.resolve("lost.mp4")));
        objects.delete(submitted.original().objectKey());

        waitUntilSettled(submitted, Entry.Status.REJECTED);

        Job job = queue.find(submitted.job()).orElseThrow();
        assertThat(job.state()).isEqualTo(Job.State.DEAD);
        assertThat(job.attempts()).isEqualTo(2);
        assertThat(job.lastError()).contains(submitted.original().objectKey());
        Entry entry = entries.findById(submitted.entry().id()).orElseThrow();
        assertThat(entry.rejectionCode()).isEqualTo("PROCESSING_FAILED");
        assertThat(entry.rejectionMessage()).contains("organisers have been told");
    }

    /** The entry's status is set inside the job, and the job is marked finished just after it: waits for both. */
    private void waitUntilSettled(Submissions.Submitted submitted, Entry.Status expected) {
        waitUntil(() -> status(submitted) == expected
                && queue.find(submitted.job()).orElseThrow().state() != Job.State.RUNNING);
    }

    private Entry.Status status(Submissions.Submitted submitted) {
        return entries.findById(submitted.entry().id()).orElseThrow().status();
    }

    private static MediaAsset asset(List<MediaAsset> assets, MediaAsset.Kind kind) {
        return assets.stream().filter(a -> a.kind() == kind).findFirst().orElseThrow();
    }

    static void waitUntil(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Condition not met within 90 s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** A run outside the queue, as a retried attempt would be. */
    record OneOffContext(long jobId) implements JobContext {

        @Override
        public int attempt() {
            return 1;
        }

        @Override
        public int maxAttempts() {
            return 1;
        }

        @Override
        public void progress(double percent) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    }
}
