package org.youthimages.storage.upload;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/** The tus checksum of one request's body: an algorithm and the expected digest. */
public record Checksum(String algorithm, byte[] expected) {

    /** tus algorithm names and their JDK names; sha1 is the one every tus server must know. */
    public static final Map<String, String> ALGORITHMS = Map.of("sha1", "SHA-1", "sha256", "SHA-256", "md5", "MD5");

    /** Parses an {@code Upload-Checksum} header: {@code <algorithm> <base64 digest>}. */
    public static Checksum parse(String header) {
        String[] parts = header.trim().split(" ");
        if (parts.length != 2) {
            throw new UploadRefusedException(UploadProblem.BAD_REQUEST,
                    "Upload-Checksum must be an algorithm and a Base64 digest separated by a space");
        }
        String algorithm = parts[0].toLowerCase(Locale.ROOT);
        if (!ALGORITHMS.containsKey(algorithm)) {
            throw new UploadRefusedException(UploadProblem.BAD_REQUEST,
                    "Checksum algorithm " + parts[0] + " is not supported; use one of " + String.join(", ", ALGORITHMS.keySet()));
        }
        try {
            return new Checksum(algorithm, Base64.getDecoder().decode(parts[1]));
        } catch (IllegalArgumentException e) {
            throw new UploadRefusedException(UploadProblem.BAD_REQUEST, "The Upload-Checksum digest is not valid Base64");
        }
    }

    MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance(ALGORITHMS.get(algorithm));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK lacks " + algorithm, e);
        }
    }

    boolean matches(MessageDigest digest) {
        return MessageDigest.isEqual(expected, digest.digest());
    }
}
