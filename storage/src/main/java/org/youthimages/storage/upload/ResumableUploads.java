package org.youthimages.storage.upload;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.youthimages.storage.embedded.DataFolder;
import org.youthimages.storage.objects.MultipartUploads;
import org.youthimages.storage.objects.ObjectKeys;
import org.youthimages.storage.objects.ObjectStorageException;
import org.youthimages.storage.objects.ObjectStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Resumable uploads into object storage (the engine behind the tus endpoint). State lives in the database and
 * object storage only, so any instance can serve the next request; one request at a time holds an upload's lease.
 */
@Singleton
public class ResumableUploads {

    private static final Logger LOG = LoggerFactory.getLogger(ResumableUploads.class);
    private static final long MAX_PARTS = 10_000;

    private final UploadSessionRepository sessions;
    private final MultipartUploads multipart;
    private final ObjectStore objects;
    private final UploadFinisher finisher;
    private final UploadSettings settings;
    private final ObjectMapper json;
    private final Path spoolDir;
    private final SecureRandom random = new SecureRandom();

    ResumableUploads(UploadSessionRepository sessions, MultipartUploads multipart, ObjectStore objects,
                     UploadFinisher finisher, UploadSettings settings, ObjectMapper json, DataFolder dataFolder) {
        this.sessions = sessions;
        this.multipart = multipart;
        this.objects = objects;
        this.finisher = finisher;
        this.settings = settings;
        this.json = json;
        this.spoolDir = prepareSpool(settings.spoolDir().isBlank()
                ? dataFolder.root().resolve("upload-spool") : Path.of(settings.spoolDir()));
    }

    /** Starts an upload of {@code length} bytes that will become the original film of the entry. */
    public UploadSession create(long entryId, String entryReference, long length, String filename, String contentType,
                                @Nullable String clientAddress) {
        String id = newUploadId();
        String key = ObjectKeys.original(entryReference, id);
        long partSize = Math.max(settings.partSizeBytes(), ceilDiv(length, MAX_PARTS));
        String multipartId = multipart.start(key, contentType);
        try {
            return sessions.save(new UploadSession(id, entryId, UploadSession.State.ACTIVE, length, 0, partSize, key,
                    multipartId, List.of(), List.of(), Sha256State.fresh().encoded(), null, filename, contentType,
                    clientAddress, null, null, null, null, Instant.now().plus(settings.expiry()), null));
        } catch (RuntimeException e) {
            multipart.abort(key, multipartId);
            throw e;
        }
    }

    public Optional<UploadSession> find(String id) {
        return sessions.findById(id);
    }

    /**
     * Appends one request's body at {@code fromOffset}.
     *
     * @return the upload afterwards; complete when the last byte arrived
     */
    public UploadSession append(String id, long fromOffset, InputStream body, @Nullable Checksum checksum) {
        UploadSession session = active(id);
        if (session.offset() != fromOffset) {
            throw new UploadRefusedException(UploadProblem.OFFSET_MISMATCH,
                    "The upload stands at " + session.offset() + " bytes, not " + fromOffset);
        }
        String token = newId();
        if (sessions.lease(id, token, Instant.now().plus(settings.lease())) == 0) {
            throw new UploadRefusedException(UploadProblem.LOCKED, "Another request is writing to this upload");
        }
        try (Appender appender = new Appender(session, token, spoolDir, multipart, objects, checksum,
                new Committer(session, token))) {
            appender.append(body);
        } finally {
            sessions.release(id, token);
        }
        return finishIfWhole(active(id));
    }

    /**
     * Completes an upload whose bytes have all arrived: joins the parts and tells the listeners. Safe to call
     * again when an earlier attempt stopped half way.
     */
    public UploadSession finishIfWhole(UploadSession session) {
        if (session.state() != UploadSession.State.ACTIVE || !session.isComplete()) {
            return session;
        }
        long started = System.nanoTime();
        try {
            multipart.complete(session.objectKey(), session.multipartId(), session.parts().stream()
                    .map(p -> new MultipartUploads.UploadedPart(p.number(), p.etag(), p.size())).toList());
            LOG.info("Upload {}: {} parts joined by object storage in {} ms", session.id(), session.parts().size(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (ObjectStorageException e) {
            if (objects.stat(session.objectKey()).filter(o -> o.size() == session.length()).isEmpty()) {
                throw e;
            }
            LOG.info("Upload {} was already joined into {}", session.id(), session.objectKey());
        }
        String sha256 = Sha256State.restore(session.sha256State()).hex();
        finisher.complete(session, sha256);
        return sessions.findById(session.id()).orElseThrow();
    }

    /** Drops an unfinished upload and everything stored for it. */
    public void terminate(String id) {
        UploadSession session = active(id);
        String token = newId();
        if (sessions.lease(id, token, Instant.now().plus(settings.lease())) == 0) {
            throw new UploadRefusedException(UploadProblem.LOCKED, "Another request is writing to this upload");
        }
        discard(session);
        sessions.end(id, UploadSession.State.TERMINATED);
    }

    /** Drops unfinished uploads past their expiry, a few at a time; returns how many. */
    public int expireDue(int limit) {
        return finisher.expire(limit, this::discard);
    }

    private void discard(UploadSession session) {
        multipart.abort(session.objectKey(), session.multipartId());
        session.stages().forEach(stage -> objects.delete(stage.key()));
    }

    private UploadSession active(String id) {
        return requireActive(sessions.findById(id).orElseThrow(() ->
                new UploadRefusedException(UploadProblem.NOT_FOUND, "No upload " + id)));
    }

    /** The session, if it still takes bytes; otherwise the refusal that says why not. */
    public static UploadSession requireActive(UploadSession session) {
        return switch (session.state()) {
            case ACTIVE -> session;
            case COMPLETED -> throw new UploadRefusedException(UploadProblem.COMPLETED,
                    "This upload is complete and takes no more bytes");
            case TERMINATED, EXPIRED -> throw new UploadRefusedException(UploadProblem.GONE,
                    "This upload was " + session.state().name().toLowerCase() + "; start a new one");
        };
    }

    /** Writes an append's progress, for the request holding the lease only. */
    private final class Committer implements Appender.Progress {

        private final UploadSession session;
        private final String token;
        private long offset;
        private long lastRenewal = System.nanoTime();

        Committer(UploadSession session, String token) {
            this.session = session;
            this.token = token;
            this.offset = session.offset();
        }

        @Override
        public void commit(long newOffset, List<UploadSession.Part> parts, List<UploadSession.Stage> stages,
                           byte[] shaState) {
            int updated = sessions.advance(session.id(), token, offset, newOffset, toJson(parts), toJson(stages),
                    shaState, Instant.now().plus(settings.expiry()));
            if (updated == 0) {
                throw new UploadRefusedException(UploadProblem.LOCKED,
                        "This request lost its hold on the upload; resume from the upload's current offset");
            }
            offset = newOffset;
            lastRenewal = System.nanoTime();
        }

        @Override
        public void keepAlive() {
            long now = System.nanoTime();
            if (now - lastRenewal > settings.lease().toNanos() / 3) {
                if (sessions.renewLease(session.id(), token, Instant.now().plus(settings.lease())) == 0) {
                    throw new UploadRefusedException(UploadProblem.LOCKED, "This request lost its hold on the upload");
                }
                lastRenewal = now;
            }
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 160 random bits in hex: unguessable, and a safe object key segment (letters and digits only). */
    private String newUploadId() {
        byte[] bytes = new byte[20];
        random.nextBytes(bytes);
        return java.util.HexFormat.of().formatHex(bytes);
    }

    private String newId() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    private static Path prepareSpool(Path dir) {
        try {
            Files.createDirectories(dir);
            Instant stale = Instant.now().minus(Duration.ofHours(1));
            try (var leftovers = Files.list(dir)) {
                for (Path file : leftovers.toList()) {
                    if (Files.getLastModifiedTime(file).toInstant().isBefore(stale)) {
                        Files.deleteIfExists(file);
                    }
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the upload spool folder " + dir, e);
        }
    }
}
