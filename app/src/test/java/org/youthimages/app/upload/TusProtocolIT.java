package org.youthimages.app.upload;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthimages.app.testing.SampleEntrants;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.EntryRepository;
import org.youthimages.storage.entry.MediaAsset;
import org.youthimages.storage.entry.MediaAssetRepository;
import org.youthimages.storage.job.Job;
import org.youthimages.storage.job.JobRepository;
import org.youthimages.storage.job.TranscodeJob;
import org.youthimages.storage.objects.ObjectKeys;
import org.youthimages.storage.submission.EntryRegistration;
import org.youthimages.storage.upload.ResumableUploads;
import org.youthimages.storage.upload.UploadSession;
import org.youthimages.storage.upload.UploadSessionRepository;

import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The tus 1.0.0 endpoint, request by request, against the real database and object storage. */
@MicronautTest(transactional = false)
class TusProtocolIT {

    @Inject EmbeddedServer server;
    @Inject SampleEntrants samples;
    @Inject EntryRepository entries;
    @Inject MediaAssetRepository assets;
    @Inject JobRepository jobs;
    @Inject UploadSessionRepository sessions;
    @Inject ResumableUploads uploads;

    private TusClient tus;
    private Edition edition;
    private EntryRegistration.Registered entry;

    @BeforeEach
    void anEntryWaitingForItsFilm() {
        tus = new TusClient(server.getURL().toString());
        edition = samples.openEdition();
        entry = samples.entryIn(edition);
    }

    @Test
    void announcesTheProtocolVersionExtensionsAndChecksums() throws Exception {
        HttpResponse<String> options = tus.options();

        assertThat(options.statusCode()).isEqualTo(204);
        assertThat(options.headers().firstValue("Tus-Version")).hasValue("1.0.0");
        assertThat(options.headers().firstValue("Tus-Extension").orElseThrow())
                .contains("creation", "creation-with-upload", "termination", "checksum", "expiration");
        assertThat(options.headers().firstValue("Tus-Checksum-Algorithm").orElseThrow()).contains("sha1");
    }

    @Test
    void takesAFilmInPiecesAndReportsTheOffsetAfterEach() throws Exception {
        byte[] film = bytes(300_000);
        String location = created(tus.create(film.length, entry.statusToken()));

        assertThat(offset(tus.head(location))).isZero();
        HttpResponse<String> first = tus.patch(location, 0, Arrays.copyOfRange(film, 0, 100_000));
        assertThat(first.statusCode()).isEqualTo(204);
        assertThat(offset(first)).isEqualTo(100_000);
        assertThat(first.headers().firstValue("Upload-Expires")).isPresent();
        HttpResponse<String> head = tus.head(location);
        assertThat(offset(head)).isEqualTo(100_000);
        assertThat(head.headers().firstValue("Upload-Length")).hasValue("300000");
        assertThat(head.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(head.headers().firstValue("Upload-Metadata").orElseThrow()).doesNotContain("token");

        assertThat(offset(tus.patch(location, 100_000, Arrays.copyOfRange(film, 100_000, film.length)))).isEqualTo(300_000);
    }

    @Test
    void completingTheUploadStoresTheOriginalWithItsSha256AndQueuesTranscoding() throws Exception {
        byte[] film = bytes(250_000);
        String location = created(tus.createWithUpload(film.length, entry.statusToken(), film));
        String uploadId = location.substring("/uploads/".length());

        MediaAsset original = assets.findByEntryIdAndKindAndLabel(entry.entry().id(), MediaAsset.Kind.ORIGINAL, "").orElseThrow();
        assertThat(original.objectKey()).isEqualTo(ObjectKeys.original(entry.entry().reference(), uploadId));
        assertThat(original.sizeBytes()).isEqualTo(film.length);
        assertThat(sessions.filenameOf(entry.entry().id(), original.objectKey())).as("the name the status page shows")
                .hasValue("my film.mp4");
        assertThat(original.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(film)));
        assertThat(entries.findById(entry.entry().id()).orElseThrow().status()).isEqualTo(Entry.Status.RECEIVED);
        assertThat(jobs.findByDedupeKey(new TranscodeJob(entry.entry().id(), original.id()).dedupeKey()))
                .hasValueSatisfying(job -> assertThat(job.state()).isEqualTo(Job.State.QUEUED));
    }

    @Test
    void refusesBytesAtTheWrongOffsetWith409() throws Exception {
        String location = created(tus.create(1000, entry.statusToken()));
        tus.patch(location, 0, new byte[100]);

        HttpResponse<String> wrong = tus.patch(location, 50, new byte[10]);

        assertThat(wrong.statusCode()).isEqualTo(409);
        assertThat(wrong.body()).contains("\"code\":\"upload-OFFSET_MISMATCH\"");
        assertThat(offset(tus.head(location))).isEqualTo(100);
    }

    @Test
    void discardsBytesWhoseChecksumDoesNotMatchWith460() throws Exception {
        byte[] chunk = bytes(5000);
        String location = created(tus.create(10_000, entry.statusToken()));

        HttpResponse<String> mismatch = tus.patchWithChecksum(location, 0, chunk, new byte[] {1, 2, 3});
        assertThat(mismatch.statusCode()).isEqualTo(460);
        assertThat(offset(tus.head(location))).isZero();

        HttpResponse<String> match = tus.patchWithChecksum(location, 0, chunk, chunk);
        assertThat(match.statusCode()).isEqualTo(204);
        assertThat(offset(match)).isEqualTo(5000);
    }

    @Test
    void terminationRemovesTheUploadAndLaterRequestsAreToldItIsGone() throws Exception {
        String location = created(tus.create(1000, entry.statusToken()));
        tus.patch(location, 0, new byte[10]);

        assertThat(tus.delete(location).statusCode()).isEqualTo(204);
        assertThat(tus.head(location).statusCode()).isEqualTo(410);
        assertThat(tus.patch(location, 10, new byte[10]).statusCode()).isEqualTo(410);
    }

    @Test
    void anExpiredUploadIsCleanedUpAndGone() throws Exception {
        String location = created(tus.create(1000, entry.statusToken()));
        tus.patch(location, 0, new byte[10]);
        UploadSession s = sessions.findById(location.substring("/uploads/".length())).orElseThrow();
        sessions.update(new UploadSession(s.id(), s.entryId(), s.state(), s.length(), s.offset(), s.partSize(),
                s.objectKey(), s.multipartId(), s.parts(), s.stages(), s.sha256State(), null, s.filename(),
                s.contentType(), s.clientAddress(), null, null, s.createdAt(), s.updatedAt(), Instant.now().minusSeconds(5), null));

        uploads.expireDue(100);

        assertThat(tus.head(location).statusCode()).isEqualTo(410);
        assertThat(tus.patch(location, 10, new byte[10]).statusCode()).isEqualTo(410);
    }

    @Test
    void refusesAFileLargerThanTheEditionAllowsWith413() throws Exception {
        samples.limitFileSize(edition, 1000);

        HttpResponse<String> tooLarge = tus.create(1001, entry.statusToken());

        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.headers().firstValue("Tus-Resumable")).hasValue("1.0.0");
        assertThat(tus.create(1000, entry.statusToken()).statusCode()).isEqualTo(201);
    }

    @Test
    void refusesBytesBeyondTheDeclaredLengthWith413() throws Exception {
        String location = created(tus.create(100, entry.statusToken()));

        assertThat(tus.patch(location, 0, new byte[101]).statusCode()).isEqualTo(413);
    }

    @Test
    void aClosedEditionRefusesNewUploadsAndFurtherBytesOfEarlierOnes() throws Exception {
        String location = created(tus.create(1000, entry.statusToken()));
        samples.close(edition);

        HttpResponse<String> more = tus.patch(location, 0, new byte[10]);
        assertThat(more.statusCode()).isEqualTo(403);
        assertThat(more.body()).contains("upload-EDITION_CLOSED");
        assertThat(tus.create(1000, entry.statusToken()).statusCode()).isEqualTo(403);
    }

    @Test
    void anEntryTheOrganisersHaveDecidedTakesNoNewFilm() throws Exception {
        samples.decide(entry.entry(), Entry.Eligibility.ELIGIBLE, null);

        HttpResponse<String> refused = tus.create(1000, entry.statusToken());

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("upload-ENTRY_FINISHED");
    }

    @Test
    void aCompletedUploadTakesNoMoreBytes() throws Exception {
        String location = created(tus.createWithUpload(10, entry.statusToken(), new byte[10]));

        HttpResponse<String> more = tus.patch(location, 10, new byte[1]);

        assertThat(more.statusCode()).isEqualTo(403);
        assertThat(more.body()).contains("upload-COMPLETED");
    }

    @Test
    void refusesCreationWithoutTheEntrysTokenOrWithAnotherProtocolVersion() throws Exception {
        assertThat(tus.create(1000, "not-a-token").statusCode()).isEqualTo(403);
        assertThat(new TusClient(server.getURL().toString()).create(1000, "x".repeat(43)).statusCode()).isEqualTo(403);
        var http = java.net.http.HttpClient.newHttpClient();
        var oldVersion = http.send(java.net.http.HttpRequest.newBuilder(server.getURI().resolve("/uploads"))
                .header("Tus-Resumable", "0.2.2").header("Upload-Length", "10")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(oldVersion.statusCode()).isEqualTo(412);
        assertThat(oldVersion.headers().firstValue("Tus-Version")).hasValue("1.0.0");
    }

    private static String created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static long offset(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 204);
        return Long.parseLong(response.headers().firstValue("Upload-Offset").orElseThrow());
    }

    private static byte[] bytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }
}
