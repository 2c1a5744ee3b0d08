package org.youthimages.storage.upload;

import io.micronaut.core.annotation.Nullable;
import org.youthimages.storage.objects.MultipartUploads;
import org.youthimages.storage.objects.MultipartUploads.UploadedPart;
import org.youthimages.storage.objects.ObjectKeys;
import org.youthimages.storage.objects.ObjectStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.zip.CRC32C;

/**
 * Writes one request's bytes into an upload. The bytes of the part being received go to a local spool file (at most
 * one part); a full part is sent to S3 in the background while the next one is received into a second file. Bytes
 * that do not fill a part when the request ends, cleanly or because the client went away, are kept as a small
 * staging object, so nothing received is lost; the next request joins them into the part they belong to.
 */
final class Appender implements AutoCloseable {

    private static final int BUFFER = 256 * 1024;

    private final UploadSession start;
    private final String token;
    private final Progress progress;
    private final MultipartUploads multipart;
    private final ObjectStore objects;
    private final Path[] spools;
    private final Sha256State sha;
    @Nullable private final Checksum checksum;
    @Nullable private final MessageDigest checksumDigest;
    private final CRC32C partCrc = new CRC32C();

    private int spool;
    private long partStart;
    private long partLength;
    private long partFilled;   // bytes of the current part, staged ones included
    private long hole;         // bytes at the start of the spool that are still in staging objects
    private long offset;
    private List<UploadSession.Stage> stagesInPart;
    @Nullable private Pending pending;
    @Nullable private UploadSession.Stage newStage;

    /** Writes the committed state of the upload; called after each part and at the end. */
    interface Progress {
        void commit(long offset, List<UploadSession.Part> parts, List<UploadSession.Stage> stages, byte[] shaState);

        void keepAlive();
    }

    private record Pending(CompletableFuture<UploadedPart> sent, long end, byte[] shaState) {
    }

    private final List<UploadSession.Part> parts;
    private List<UploadSession.Stage> committedStages;
    private long committedOffset;

    Appender(UploadSession start, String token, Path spoolDir, MultipartUploads multipart, ObjectStore objects,
             @Nullable Checksum checksum, Progress progress) {
        this.start = start;
        this.token = token;
        this.progress = progress;
        this.multipart = multipart;
        this.objects = objects;
        this.checksum = checksum;
        this.checksumDigest = checksum == null ? null : checksum.newDigest();
        this.sha = Sha256State.restore(start.sha256State());
        this.parts = new ArrayList<>(start.parts());
        this.committedStages = start.stages();
        this.stagesInPart = start.stages();
        this.committedOffset = start.offset();
        this.offset = start.offset();
        this.partStart = start.partsEnd();
        this.partLength = Math.min(start.partSize(), start.length() - partStart);
        this.hole = start.offset() - partStart;
        this.partFilled = hole;
        this.spools = new Path[] {spoolDir.resolve(start.id() + "-" + token + "-a"),
                spoolDir.resolve(start.id() + "-" + token + "-b")};
    }

    /**
     * Reads the body to its end or to the upload's length.
     *
     * @return the offset reached and committed
     * @throws ClientGoneException when the body broke off; what arrived before is committed (unless a checksum
     *                             was sent, which a partial body cannot match)
     */
    long append(InputStream body) {
        byte[] buffer = new byte[BUFFER];
        FileChannel out = openSpool();
        try {
            while (offset < start.length()) {
                int wanted = (int) Math.min(buffer.length, partLength - partFilled);
                int read = body.read(buffer, 0, wanted);
                if (read < 0) {
                    break;
                }
                write(out, buffer, read);
                if (partFilled == partLength) {
                    out.close();
                    sendPart();
                    out = openSpool();
                }
                progress.keepAlive();
            }
            if (offset == start.length() && body.read() >= 0) {
                throw new UploadRefusedException(UploadProblem.TOO_LARGE,
                        "The request has more bytes than the upload's length of " + start.length());
            }
        } catch (IOException e) {
            closeQuietly(out);
            throw clientGone(e);
        } finally {
            closeQuietly(out);
        }
        finishRequest();
        return committedOffset;
    }

    private void write(FileChannel out, byte[] buffer, int length) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(buffer, 0, length);
        long position = partFilled;
        while (bytes.hasRemaining()) {
            position += out.write(bytes, position);
        }
        sha.update(buffer, 0, length);
        partCrc.update(buffer, 0, length);
        if (checksumDigest != null) {
            checksumDigest.update(buffer, 0, length);
        }
        partFilled += length;
        offset += length;
    }

    /** The current spool holds a whole part: send it in the background and go on with the other spool. */
    private void sendPart() {
        int crc = partCrc();
        byte[] shaAtPartEnd = sha.encoded();
        awaitPending();
        int number = parts.size() + 1;
        pending = new Pending(multipart.uploadPart(start.objectKey(), start.multipartId(), number, spools[spool],
                partLength, crc), partStart + partLength, shaAtPartEnd);
        spool = 1 - spool;
        partStart += partLength;
        partLength = Math.min(start.partSize(), start.length() - partStart);
        partFilled = 0;
    }

    /** Waits for the part in flight; once it is in S3, records it (committing at once when no checksum waits). */
    private void awaitPending() {
        if (pending == null) {
            return;
        }
        Pending done = pending;
        pending = null;
        UploadedPart sent;
        try {
            sent = done.sent().join();
        } catch (CompletionException e) {
            throw new UploadStorageException("Cannot store part " + (parts.size() + 1) + " of upload " + start.id(),
                    e.getCause());
        }
        parts.add(new UploadSession.Part(sent.number(), sent.etag(), sent.size()));
        if (checksum == null) {
            List<UploadSession.Stage> consumed = committedStages;
            commit(done.end(), List.of(), done.shaState());
            deleteStages(consumed);
        }
    }

    /**
     * The CRC32C of the part in the current spool, ready to send: computed on the fly, unless the part began with
     * staged bytes, which are copied in now and make the part be read once to check it.
     */
    private int partCrc() {
        if (hole > 0) {
            fillHole(spools[spool]);
            partCrc.reset();
            try (InputStream in = Files.newInputStream(spools[spool])) {
                byte[] buffer = new byte[BUFFER];
                long left = partFilled;
                for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; left -= n) {
                    partCrc.update(buffer, 0, n);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read back part of upload " + start.id(), e);
            }
        }
        int crc = (int) partCrc.getValue();
        partCrc.reset();
        return crc;
    }

    /** Bytes received in an earlier request for this part are in staging objects: copy them to the spool's start. */
    private void fillHole(Path file) {
        if (hole == 0) {
            return;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            long position = 0;
            for (UploadSession.Stage stage : stagesInPart) {
                try (InputStream in = objects.get(stage.key())) {
                    position += channel.transferFrom(Channels.newChannel(in), position, stage.size());
                }
            }
            if (position != hole) {
                throw new UploadStorageException("Staged bytes of upload " + start.id() + " are incomplete: "
                        + position + " of " + hole, null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read back the staged bytes of upload " + start.id(), e);
        }
        hole = 0;
        stagesInPart = List.of();
    }

    /** The request ended cleanly: the last part when the upload is whole, else stage the rest; then commit. */
    private void finishRequest() {
        awaitPending();
        List<UploadSession.Stage> stages = new ArrayList<>(stagesInPart);
        boolean lastPart = offset == start.length() && partFilled > 0;
        if (lastPart) {
            int crc = partCrc();
            UploadedPart sent = multipart.uploadPart(start.objectKey(), start.multipartId(), parts.size() + 1,
                    spools[spool], partFilled, crc).join();
            parts.add(new UploadSession.Part(sent.number(), sent.etag(), sent.size()));
            stages.clear();
        } else if (partFilled > hole) {
            stages.add(stageTail());
        }
        if (checksum != null && !checksum.matches(checksumDigest)) {
            if (newStage != null) {
                objects.delete(newStage.key());
            }
            throw new UploadRefusedException(UploadProblem.CHECKSUM_MISMATCH,
                    "The bytes received do not match the " + checksum.algorithm() + " checksum sent with them");
        }
        List<UploadSession.Stage> consumed = lastPart ? committedStages : List.of();
        commit(offset, stages, sha.encoded());
        deleteStages(consumed);
    }

    /** The client went away: keep everything that arrived, unless a checksum was promised for the whole body. */
    private ClientGoneException clientGone(IOException cause) {
        if (checksum != null) {
            awaitQuietly();
            return new ClientGoneException(committedOffset, cause);
        }
        awaitPending();
        if (partFilled > hole) {
            List<UploadSession.Stage> stages = new ArrayList<>(stagesInPart);
            stages.add(stageTail());
            commit(offset, stages, sha.encoded());
        }
        return new ClientGoneException(committedOffset, cause);
    }

    private UploadSession.Stage stageTail() {
        long size = partFilled - hole;
        String key = ObjectKeys.upload(start.id(), "stage-" + (partStart + hole) + "-"
                + UUID.randomUUID().toString().substring(0, 8));
        try (FileChannel channel = FileChannel.open(spools[spool], StandardOpenOption.READ)) {
            channel.position(hole);
            objects.put(key, Channels.newInputStream(channel), size, "application/octet-stream");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stage the last bytes of upload " + start.id(), e);
        }
        newStage = new UploadSession.Stage(key, size);
        return newStage;
    }

    private void commit(long newOffset, List<UploadSession.Stage> stages, byte[] shaState) {
        progress.commit(newOffset, List.copyOf(parts), List.copyOf(stages), shaState);
        committedOffset = newOffset;
        committedStages = List.copyOf(stages);
    }

    private void deleteStages(List<UploadSession.Stage> stages) {
        stages.forEach(stage -> objects.delete(stage.key()));
    }

    private void awaitQuietly() {
        if (pending != null) {
            pending.sent().exceptionally(e -> null).join();
            pending = null;
        }
    }

    private FileChannel openSpool() {
        try {
            return FileChannel.open(spools[spool], StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the upload spool " + spools[spool], e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing after a failed write: the failure itself is what gets reported
        }
    }

    @Override
    public void close() {
        awaitQuietly();
        for (Path file : spools) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover spool file is removed when the app starts again
            }
        }
    }
}
