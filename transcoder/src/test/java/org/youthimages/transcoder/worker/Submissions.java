package org.youthimages.transcoder.worker;

import jakarta.inject.Singleton;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.edition.EditionPlan;
import org.youthimages.storage.edition.EditionSetup;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.EntryRepository;
import org.youthimages.storage.entry.MediaAsset;
import org.youthimages.storage.entry.MediaAssetRepository;
import org.youthimages.storage.job.JobQueue;
import org.youthimages.storage.job.TranscodeJob;
import org.youthimages.storage.objects.ObjectStore;
import org.youthimages.storage.testing.SampleEditions;
import org.youthimages.storage.testing.SampleEntries;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Does in tests what the submission side does when an upload completes: the original in object storage, its
 * ORIGINAL row with size and SHA-256, the entry RECEIVED, and a TRANSCODE job queued.
 */
@Singleton
final class Submissions {

    private final EditionSetup editions;
    private final EntryRepository entries;
    private final MediaAssetRepository assets;
    private final ObjectStore objects;
    private final JobQueue queue;

    Submissions(EditionSetup editions, EntryRepository entries, MediaAssetRepository assets, ObjectStore objects,
                JobQueue queue) {
        this.editions = editions;
        this.entries = entries;
        this.assets = assets;
        this.objects = objects;
        this.queue = queue;
    }

    record Submitted(Entry entry, MediaAsset original, TranscodeJob job) {
    }

    /** An open edition accepting films of 1 to 60 seconds. */
    Edition shortFilmEdition() {
        EditionPlan p = SampleEditions.openEdition(SampleEditions.uniqueSlug("short"));
        return editions.create(new EditionPlan(p.slug(), p.name(), p.year(), p.themeText(), p.rulesText(), p.state(),
                p.timeZone(), p.submissionsOpenAt(), p.submissionsCloseAt(), 1, 60, p.maxFileBytes(),
                p.ageCutoffDate(), p.demo(), p.categories(), p.themes(), p.prizes(), p.rounds()));
    }

    Submitted submit(Edition edition, Path file) {
        Entry entry = SampleEntries.received(entries, edition.id(), "Film " + file.getFileName());
        String uploadId = UUID.randomUUID().toString();
        MediaAsset original = SampleEntries.original(assets, entry, uploadId, size(file), sha256(file));
        objects.putFile(original.objectKey(), file, "video/mp4");
        TranscodeJob job = new TranscodeJob(entry.id(), original.id());
        queue.enqueue(job);
        return new Submitted(entry, original, job);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
