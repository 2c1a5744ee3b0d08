package org.youthimages.storage.upload;

import org.bouncycastle.crypto.digests.SHA256Digest;

import java.util.HexFormat;

/**
 * A SHA-256 that can be stopped and taken up again, in another request or after a restart: its state is a few
 * dozen bytes stored with the upload, so the file is never read again to hash it.
 */
final class Sha256State {

    private final SHA256Digest digest;

    private Sha256State(SHA256Digest digest) {
        this.digest = digest;
    }

    static Sha256State fresh() {
        return new Sha256State(new SHA256Digest());
    }

    static Sha256State restore(byte[] encoded) {
        return new Sha256State(new SHA256Digest(encoded));
    }

    void update(byte[] bytes, int offset, int length) {
        digest.update(bytes, offset, length);
    }

    byte[] encoded() {
        return digest.getEncodedState();
    }

    /** The hex digest of everything so far; the state itself goes on unchanged. */
    String hex() {
        SHA256Digest copy = new SHA256Digest(digest);
        byte[] out = new byte[copy.getDigestSize()];
        copy.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }
}
