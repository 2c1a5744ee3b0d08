package org.youthimages.app.testing;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/** Fingerprints of what the tests send and what the storage kept, to show nothing was lost or mixed up. */
public final class Digests {

    private Digests() {
    }

    public static String sha256(InputStream in) throws Exception {
        try (in) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
