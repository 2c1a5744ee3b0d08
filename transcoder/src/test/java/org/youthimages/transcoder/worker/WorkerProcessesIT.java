package org.youthimages.transcoder.worker;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.EntryRepository;
import org.youthimages.storage.entry.MediaAsset;
import org.youthimages.storage.entry.MediaAssetRepository;
import org.youthimages.storage.job.Job;
import org.youthimages.storage.job.JobQueue;
import org.youthimages.storage.job.JobWorkers;
import org.youthimages.storage.objects.ObjectStorageConnection;
import org.youthimages.transcoder.media.Clip;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.youthimages.transcoder.worker.TranscodeJobIT.waitUntil;

/**
 * Standalone worker processes against the same database: a worker killed with kill -9 in the middle of a job loses
 * nothing (another takes the job over once the lease expires), and two workers never run one job at once.
 */
@MicronautTest(transactional = false)
@Property(name = "yi.jobs.lease", value = "3s")
@Property(name = "yi.jobs.heartbeat", value = "500ms")
@Property(name = "yi.jobs.poll-interval", value = "200ms")
@Property(name = "yi.worker.id", value = "rescuer")
class WorkerProcessesIT {

    @Inject Submissions submissions;
    @Inject JobWorkers workers;
    @Inject JobQueue queue;
    @Inject EntryRepository entries;
    @Inject MediaAssetRepository assets;
    @Inject ObjectStorageConnection storage;
    @Inject DatasourceConfiguration database;

    private final List<WorkerProcess> processes = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        workers.stop();
        for (WorkerProcess process : processes) {
            process.close();
        }
    }

    @Test
    void aWorkerKilledMidJobLosesNothingAnotherFinishesItAfterTheLease() throws Exception {
        Files.createDirectories(TranscodeJobIT.CLIPS);
        Edition edition = submissions.shortFilmEdition();
        Submissions.Submitted submitted = submissions.submit(edition,
                Clip.landscape().size(1280, 720).seconds(12).writeTo(TranscodeJobIT.CLIPS.resolve("doomed.mp4")));
        WorkerProcess doomed = start("doomed");

        waitUntil(() -> job(submitted).state() == Job.State.RUNNING && job(submitted).progress() > 0);
        Job before = job(submitted);
        assertThat(before.leaseOwner()).startsWith("doomed/1:");
        doomed.killHard();
        assertThat(job(submitted).state()).as("killed mid-job").isEqualTo(Job.State.RUNNING);
        waitUntil(() -> !doomed.mediaProcessAlive());

        workers.start(1);
        // The entry is marked ready inside the job, and the job done just after it: wait for both.
        waitUntil(() -> status(submitted) == Entry.Status.READY && job(submitted).state() != Job.State.RUNNING);

        Job after = job(submitted);
        assertThat(after.state()).isEqualTo(Job.State.DONE);
        assertThat(after.attempts()).isEqualTo(2);
        assertThat(after.leaseOwner()).startsWith("rescuer/1:");
        List<MediaAsset> renditions = assets.findByEntryIdAndKind(submitted.entry().id(), MediaAsset.Kind.RENDITION);
        assertThat(renditions).extracting(MediaAsset::label).containsExactlyInAnyOrder("720p", "480p", "360p");
    }

    @Test
    void twoWorkerProcessesShareTheQueueAndNeverRunOneJobTwice() throws Exception {
        Files.createDirectories(TranscodeJobIT.CLIPS);
        Edition edition = submissions.shortFilmEdition();
        start("left");
        start("right");
        Path clip = Clip.landscape().writeTo(TranscodeJobIT.CLIPS.resolve("shared.mp4"));

        List<Submissions.Submitted> submitted = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            submitted.add(submissions.submit(edition, clip));
        }
        waitUntil(() -> submitted.stream().allMatch(s -> status(s) == Entry.Status.READY));

        List<Job> done = submitted.stream().map(this::job).toList();
        assertThat(done).allSatisfy(job -> {
            assertThat(job.state()).isEqualTo(Job.State.DONE);
            assertThat(job.attempts()).as("claimed once").isEqualTo(1);
        });
        Set<String> owners = done.stream().map(job -> job.leaseOwner().substring(0, job.leaseOwner().indexOf('/')))
                .collect(Collectors.toSet());
        assertThat(owners).containsExactlyInAnyOrder("left", "right");
    }

    private WorkerProcess start(String id) throws Exception {
        WorkerProcess process = WorkerProcess.start(id, database.getJdbcUrl(), storage);
        processes.add(process);
        assertThat(process.awaitStarted(Duration.ofSeconds(60))).as(process.output()).isTrue();
        return process;
    }

    private Job job(Submissions.Submitted submitted) {
        return queue.find(submitted.job()).orElseThrow();
    }

    private Entry.Status status(Submissions.Submitted submitted) {
        return entries.findById(submitted.entry().id()).orElseThrow().status();
    }
}
