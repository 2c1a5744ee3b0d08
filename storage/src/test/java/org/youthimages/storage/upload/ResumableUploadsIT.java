package org.youthimages.storage.upload;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthimages.storage.edition.AgeCategoryRepository;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.edition.EditionSetup;
import org.youthimages.storage.edition.ThemeRepository;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.objects.ObjectStore;
import org.youthimages.storage.submission.EntryRegistration;
import org.youthimages.storage.testing.SampleEditions;
import org.youthimages.storage.testing.SampleEntries;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
@Property(name = "yi.uploads.part-size-bytes", value = "8388608")
class ResumableUploadsIT {

    private static final int MIB = 1024 * 1024;

    @Inject ResumableUploads uploads;
    @Inject UploadSessionRepository sessions;
    @Inject ObjectStore objects;
    @Inject EditionSetup editions;
    @Inject ThemeRepository themes;
    @Inject AgeCategoryRepository categories;
    @Inject EntryRegistration registration;

    private Entry entry;

    @BeforeEach
    void newEntry() {
        Edition edition = editions.create(SampleEditions.openEdition(SampleEditions.uniqueSlug("upload")));
        entry = registration.register(SampleEntries.adultEntry(edition, themes, categories)).entry();
    }

    @Test
    void assemblesPartsFromManySmallRequestsAndRecordsTheSha256OfTheWholeFile() throws Exception {
        byte[] file = randomBytes(13 * MIB + 12345);
        UploadSession upload = create(file.length);

        int chunk = 700 * 1024;
        for (int from = 0; from < file.length; from += chunk) {
            int to = Math.min(file.length, from + chunk);
            upload = uploads.append(upload.id(), from, new ByteArrayInputStream(file, from, to - from), null);
            assertThat(upload.offset()).isEqualTo(to);
        }

        assertThat(upload.state()).isEqualTo(UploadSession.State.COMPLETED);
        assertThat(upload.sha256()).isEqualTo(sha256(file));
        assertThat(storedSha256(upload.objectKey())).isEqualTo(sha256(file));
        assertThat(upload.parts()).extracting(UploadSession.Part::size).containsExactly(8L * MIB, 5L * MIB + 12345);
    }

    @Test
    void keepsTheBytesOfARequestThatBrokeOffAndGoesOnFromThere() throws Exception {
        byte[] file = randomBytes(20 * MIB);
        UploadSession upload = create(file.length);

        int cut = 11 * MIB + 777;
        assertThatThrownBy(() -> uploads.append(upload.id(), 0, breaksAfter(file, cut), null))
                .isInstanceOf(ClientGoneException.class);
        UploadSession afterCut = sessions.findById(upload.id()).orElseThrow();
        assertThat(afterCut.offset()).isEqualTo(cut);
        assertThat(afterCut.parts()).hasSize(1);
        assertThat(afterCut.stages()).hasSize(1);
        assertThat(afterCut.leaseToken()).isNull();

        UploadSession done = uploads.append(upload.id(), cut,
                new ByteArrayInputStream(file, cut, file.length - cut), null);

        assertThat(done.state()).isEqualTo(UploadSession.State.COMPLETED);
        assertThat(storedSha256(done.objectKey())).isEqualTo(sha256(file)).isEqualTo(done.sha256());
        assertThat(objects.stat(afterCut.stages().getFirst().key())).isEmpty();
    }

    @Test
    void refusesARequestThatDoesNotStartAtTheCurrentOffset() {
        UploadSession upload = create(1000);
        uploads.append(upload.id(), 0, new ByteArrayInputStream(new byte[100]), null);

        assertThatThrownBy(() -> uploads.append(upload.id(), 50, new ByteArrayInputStream(new byte[10]), null))
                .isInstanceOfSatisfying(UploadRefusedException.class,
                        e -> assertThat(e.problem()).isEqualTo(UploadProblem.OFFSET_MISMATCH));
    }

    @Test
    void discardsABodyWhoseChecksumDoesNotMatch() throws Exception {
        byte[] file = randomBytes(3000);
        UploadSession upload = create(file.length);
        Checksum wrong = new Checksum("sha1", MessageDigest.getInstance("SHA-1").digest(new byte[] {1}));

        assertThatThrownBy(() -> uploads.append(upload.id(), 0, new ByteArrayInputStream(file, 0, 1000), wrong))
                .isInstanceOfSatisfying(UploadRefusedException.class,
                        e -> assertThat(e.problem()).isEqualTo(UploadProblem.CHECKSUM_MISMATCH));
        assertThat(sessions.findById(upload.id()).orElseThrow().offset()).isZero();

        Checksum right = new Checksum("sha1", MessageDigest.getInstance("SHA-1").digest(Arrays.copyOf(file, 1000)));
        assertThat(uploads.append(upload.id(), 0, new ByteArrayInputStream(file, 0, 1000), right).offset())
                .isEqualTo(1000);
    }

    @Test
    void refusesMoreBytesThanTheDeclaredLength() {
        UploadSession upload = create(100);

        assertThatThrownBy(() -> uploads.append(upload.id(), 0, new ByteArrayInputStream(new byte[101]), null))
                .isInstanceOfSatisfying(UploadRefusedException.class,
                        e -> assertThat(e.problem()).isEqualTo(UploadProblem.TOO_LARGE));
    }

    @Test
    void terminatesAnUploadAndRemovesWhatWasStaged() {
        UploadSession upload = create(10 * MIB);
        UploadSession partial = uploads.append(upload.id(), 0, new ByteArrayInputStream(new byte[1000]), null);

        uploads.terminate(upload.id());

        assertThat(sessions.findById(upload.id()).orElseThrow().state()).isEqualTo(UploadSession.State.TERMINATED);
        assertThat(objects.stat(partial.stages().getFirst().key())).isEmpty();
        assertThatThrownBy(() -> uploads.append(upload.id(), 1000, new ByteArrayInputStream(new byte[1]), null))
                .isInstanceOfSatisfying(UploadRefusedException.class,
                        e -> assertThat(e.problem()).isEqualTo(UploadProblem.GONE));
    }

    @Test
    void expiresUnfinishedUploadsPastTheirTime() {
        UploadSession upload = create(10 * MIB);
        UploadSession partial = uploads.append(upload.id(), 0, new ByteArrayInputStream(new byte[1000]), null);
        sessions.update(withExpiry(sessions.findById(upload.id()).orElseThrow()));

        uploads.expireDue(100);

        assertThat(sessions.findById(upload.id()).orElseThrow().state()).isEqualTo(UploadSession.State.EXPIRED);
        assertThat(objects.stat(partial.stages().getFirst().key())).isEmpty();
    }

    private UploadSession create(long length) {
        return uploads.create(entry.id(), entry.reference(), length, "film.mp4", "video/mp4", "127.0.0.1");
    }

    private static UploadSession withExpiry(UploadSession s) {
        return new UploadSession(s.id(), s.entryId(), s.state(), s.length(), s.offset(), s.partSize(), s.objectKey(),
                s.multipartId(), s.parts(), s.stages(), s.sha256State(), s.sha256(), s.filename(), s.contentType(),
                s.clientAddress(), null, null, s.createdAt(), s.updatedAt(), java.time.Instant.now().minusSeconds(1),
                null);
    }

    private String storedSha256(String key) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = objects.get(key)) {
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    /** A body whose connection drops after {@code cut} bytes, as a phone's does. */
    private static InputStream breaksAfter(byte[] file, int cut) {
        InputStream bytes = new ByteArrayInputStream(file, 0, cut);
        return new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("single bytes are not read here");
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = bytes.read(b, off, len);
                if (n < 0) {
                    throw new IOException("connection reset");
                }
                return n;
            }
        };
    }
}
