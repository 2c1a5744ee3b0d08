package org.youthimages.transcoder.worker;

import org.youthimages.storage.entry.MediaAsset;
import org.youthimages.storage.job.JobFailure;
import org.youthimages.storage.objects.ObjectStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Copies the original from object storage to the job's folder, checking it against its recorded SHA-256. */
final class OriginalDownload {

    private final ObjectStore objects;

    OriginalDownload(ObjectStore objects) {
        this.objects = objects;
    }

    Path fetch(MediaAsset original, Path file) {
        MessageDigest sha256 = sha256();
        try (InputStream in = objects.get(original.objectKey());
             OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha256)) {
            in.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot download " + original.objectKey(), e);
        }
        String actual = HexFormat.of().formatHex(sha256.digest());
        if (original.sha256() != null && !original.sha256().equalsIgnoreCase(actual)) {
            throw JobFailure.retryable("The stored original " + original.objectKey() + " has SHA-256 " + actual
                    + ", not the recorded " + original.sha256(), null);
        }
        return file;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
