package org.youthimages.storage.entry;

import jakarta.inject.Singleton;
import org.youthimages.storage.account.AccessRules;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.audit.AuditLog;
import org.youthimages.storage.objects.ObjectStore;
import org.youthimages.storage.upload.UploadSessionRepository;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The file an entrant uploaded, as they sent it, for organisers to download: to screen a winner at a festival in
 * full quality, or to look at a file the pipeline refused. It streams from object storage; each download is recorded
 * in the audit log, as the film shows people.
 */
@Singleton
public class OriginalFilms {

    /** An entry's original file, named for the organiser's disk by its reference and the entrant's file name. */
    public record Original(long entryId, long editionId, String reference, String fileName, String contentType,
                           long sizeBytes, String objectKey) {
    }

    private final AccessRules access;
    private final EntryRepository entries;
    private final MediaAssetRepository assets;
    private final UploadSessionRepository uploads;
    private final ObjectStore objects;
    private final AuditLog audit;

    OriginalFilms(AccessRules access, EntryRepository entries, MediaAssetRepository assets,
                  UploadSessionRepository uploads, ObjectStore objects, AuditLog audit) {
        this.access = access;
        this.entries = entries;
        this.assets = assets;
        this.uploads = uploads;
        this.objects = objects;
        this.audit = audit;
    }

    /** The entry's original, if its film was uploaded. */
    public Optional<Original> of(ActingAccount organiser, long entryId) {
        access.requireOrganiser(organiser);
        Entry entry = entries.findById(entryId).orElseThrow();
        return assets.findByEntryIdAndKindAndLabel(entryId, MediaAsset.Kind.ORIGINAL, "").map(original ->
                new Original(entryId, entry.editionId(), entry.reference(),
                        fileName(entry, original, uploads.filenameOf(entryId, original.objectKey()).orElse("")),
                        original.contentType(), original.sizeBytes(), original.objectKey()));
    }

    /** Streams the original to {@code out} and records who downloaded it. */
    public void write(ActingAccount organiser, Original original, OutputStream out) {
        access.requireOrganiser(organiser);
        try (InputStream in = objects.get(original.objectKey())) {
            in.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot send the original of " + original.reference(), e);
        }
        audit.record(organiser.actor(), "entry.original.download", original.editionId(), "entry",
                original.entryId(), null, Map.of("reference", original.reference(), "file", original.fileName()));
    }

    /** "YI-2027-7KQ4M-my film.mp4": the reference first, then the entrant's own name without any folder. */
    static String fileName(Entry entry, MediaAsset original, String uploaded) {
        String name = uploaded.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "film." + switch (original.contentType()) {
                case "video/quicktime" -> "mov";
                case "video/x-matroska" -> "mkv";
                case "video/webm" -> "webm";
                default -> "mp4";
            };
        }
        return entry.reference() + "-" + name;
    }
}
