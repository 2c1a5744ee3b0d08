package org.youthimages.app.transcoding;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.edition.EditionPlan;
import org.youthimages.storage.edition.EditionSetup;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.EntryRepository;
import org.youthimages.storage.entry.MediaAsset;
import org.youthimages.storage.entry.MediaAssetRepository;
import org.youthimages.storage.job.Job;
import org.youthimages.storage.job.JobQueue;
import org.youthimages.storage.job.TranscodeJob;
import org.youthimages.storage.objects.ObjectStore;
import org.youthimages.storage.testing.SampleEditions;
import org.youthimages.storage.testing.SampleEntries;
import org.youthimages.transcoder.media.Clip;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The application runs transcoding workers of its own: an uploaded film becomes READY with nothing else started. */
@MicronautTest(transactional = false)
@Property(name = "yi.worker.threads", value = "1")
class InAppTranscodingIT {

    @Inject EditionSetup editions;
    @Inject EntryRepository entries;
    @Inject MediaAssetRepository assets;
    @Inject ObjectStore objects;
    @Inject JobQueue queue;

    @Test
    void anUploadedFilmIsTranscodedByTheApplicationsOwnWorkers() throws Exception {
        EditionPlan p = SampleEditions.openEdition(SampleEditions.uniqueSlug("in-app"));
        Edition edition = editions.create(new EditionPlan(p.slug(), p.name(), p.year(), p.themeText(), p.rulesText(),
                p.state(), p.timeZone(), p.submissionsOpenAt(), p.submissionsCloseAt(), 1, 60, p.maxFileBytes(),
                p.ageCutoffDate(), p.demo(), p.categories(), p.themes(), p.prizes(), p.rounds()));
        Path clip = Clip.landscape().writeTo(Files.createDirectories(Path.of("target", "test-clips")).resolve("app.mp4"));
        Entry entry = SampleEntries.received(entries, edition.id(), "Home");
        MediaAsset original = SampleEntries.original(assets, entry, "u1", Files.size(clip), null);
        objects.putFile(original.objectKey(), clip, "video/mp4");
        TranscodeJob job = new TranscodeJob(entry.id(), original.id());

        assertThat(queue.enqueue(job)).isTrue();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (entries.findById(entry.id()).orElseThrow().status() != Entry.Status.READY) {
            assertThat(System.nanoTime()).as("READY within 90 s").isLessThan(deadline);
            Thread.sleep(200);
        }
        assertThat(queue.find(job)).map(Job::state).contains(Job.State.DONE);
        assertThat(assets.findByEntryIdAndKind(entry.id(), MediaAsset.Kind.RENDITION)).extracting(MediaAsset::label)
                .containsExactly("360p");
    }
}
