package org.youthimages.app.upload;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.edition.EditionRepository;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.EntryRepository;
import org.youthimages.storage.ratelimit.RateLimiter;
import org.youthimages.storage.submission.EntryRules;
import org.youthimages.storage.submission.SecretTokens;
import org.youthimages.storage.upload.ResumableUploads;
import org.youthimages.storage.upload.UploadSession;

import java.time.Duration;
import java.time.Instant;

/** Who may upload a film, where it goes and how large it may be: the rules around the upload engine. */
@Singleton
class FilmUploads {

    private final ResumableUploads uploads;
    private final EntryRepository entries;
    private final EditionRepository editions;
    private final RateLimiter rateLimiter;
    private final UploadLimits limits;

    FilmUploads(ResumableUploads uploads, EntryRepository entries, EditionRepository editions, RateLimiter rateLimiter,
                UploadLimits limits) {
        this.uploads = uploads;
        this.entries = entries;
        this.editions = editions;
        this.rateLimiter = rateLimiter;
        this.limits = limits;
    }

    UploadSession create(UploadMetadata metadata, long length, @Nullable String clientAddress) {
        Duration wait = rateLimiter.hit("upload-create:" + clientAddress, limits.creationsPerWindow(), limits.window());
        if (!wait.isZero()) {
            throw new UploadNotAllowedException(UploadNotAllowedException.Reason.RATE_LIMITED,
                    "Too many uploads started from this address; try again in " + RateLimiter.minutesToWait(wait)
                            + " minutes", wait);
        }
        Entry entry = entryFor(metadata);
        Edition edition = editions.findById(entry.editionId()).orElseThrow();
        requireOpen(entry, edition);
        if (length <= 0) {
            throw new UploadNotAllowedException(UploadNotAllowedException.Reason.EMPTY, "A film cannot be empty", null);
        }
        if (length > edition.maxFileBytes()) {
            throw new UploadNotAllowedException(UploadNotAllowedException.Reason.TOO_LARGE,
                    "The file has " + length + " bytes; this edition takes files up to " + edition.maxFileBytes(), null);
        }
        return uploads.create(entry.id(), entry.reference(), length, cleanName(metadata.get("filename")),
                contentType(metadata.get("filetype")), clientAddress);
    }

    /** A closed edition or a decided entry takes no more bytes, even for an upload begun earlier. */
    void requireStillOpen(UploadSession session) {
        Entry entry = entries.findById(session.entryId()).orElseThrow();
        requireOpen(entry, editions.findById(entry.editionId()).orElseThrow());
    }

    private void requireOpen(Entry entry, Edition edition) {
        Instant now = Instant.now();
        if (!edition.acceptsEntriesAt(now)) {
            throw new UploadNotAllowedException(UploadNotAllowedException.Reason.EDITION_CLOSED,
                    edition.name() + " does not accept films now: submissions closed at " + edition.submissionsCloseAt(), null);
        }
        if (!EntryRules.entrantMayChange(entry, edition, now)) {
            throw new UploadNotAllowedException(UploadNotAllowedException.Reason.ENTRY_FINISHED,
                    "Entry " + entry.reference() + " has been decided and takes no new film", null);
        }
    }

    private Entry entryFor(UploadMetadata metadata) {
        String token = metadata.get("token");
        if (!SecretTokens.looksValid(token)) {
            throw new UploadNotAllowedException(UploadNotAllowedException.Reason.NO_ENTRY,
                    "Upload-Metadata must carry the entry's token", null);
        }
        return entries.findByStatusTokenHash(SecretTokens.hash(token))
                .orElseThrow(() -> new UploadNotAllowedException(UploadNotAllowedException.Reason.NO_ENTRY,
                        "No entry has this token", null));
    }

    private static String cleanName(String filename) {
        String name = filename.replaceAll("[\\p{Cntrl}/\\\\]", "_").strip();
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static String contentType(String filetype) {
        return filetype.matches("(video|application)/[A-Za-z0-9.+-]{1,80}") ? filetype : "application/octet-stream";
    }
}
