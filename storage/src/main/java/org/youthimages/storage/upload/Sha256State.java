package org.youthimages.storage.upload;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.security.MessageDigestSpi;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A SHA-256 that can be stopped and taken up again, in another request or after a restart: its state is a few
 * dozen bytes stored with the upload, so the file is never read again to hash it.
 * <p>
 * Two engines keep such a state. The JDK's own SHA-256 uses the processor's SHA instructions (about ten times faster
 * than plain Java here), but its state is private: it is read and restored by reflection, which needs
 * {@code --add-opens java.base/sun.security.provider=ALL-UNNAMED} (set in the app jar's manifest, the scripts and the
 * tests). Without it, Bouncy Castle's {@link SHA256Digest} and its encoded state are used. The first byte of a stored
 * state names its engine, so an upload goes on with the engine it began with.
 */
final class Sha256State {

    private static final Logger LOG = LoggerFactory.getLogger(Sha256State.class);
    private static final byte JDK = 'J';
    private static final byte BOUNCY_CASTLE = 'B';
    private static final JdkAccess ACCESS = JdkAccess.open();

    private final Engine engine;

    private Sha256State(Engine engine) {
        this.engine = engine;
    }

    static Sha256State fresh() {
        return new Sha256State(ACCESS != null ? new JdkEngine(ACCESS, ACCESS.fresh()) : new BcEngine(new SHA256Digest()));
    }

    static Sha256State restore(byte[] encoded) {
        byte[] state = Arrays.copyOfRange(encoded, 1, encoded.length);
        return switch (encoded[0]) {
            case JDK -> {
                if (ACCESS == null) {
                    throw new IllegalStateException("This upload's SHA-256 was begun with the JDK's engine; start the "
                            + "app with --add-opens java.base/sun.security.provider=ALL-UNNAMED to go on with it");
                }
                yield new Sha256State(new JdkEngine(ACCESS, ACCESS.restore(state)));
            }
            case BOUNCY_CASTLE -> new Sha256State(new BcEngine(new SHA256Digest(state)));
            default -> throw new IllegalArgumentException("Unknown SHA-256 state engine " + encoded[0]);
        };
    }

    void update(byte[] bytes, int offset, int length) {
        engine.update(bytes, offset, length);
    }

    byte[] encoded() {
        return engine.encoded();
    }

    /** The hex digest of everything so far; the state itself goes on unchanged. */
    String hex() {
        return HexFormat.of().formatHex(engine.digestOfCopy());
    }

    private interface Engine {
        void update(byte[] bytes, int offset, int length);

        byte[] encoded();

        byte[] digestOfCopy();
    }

    private record BcEngine(SHA256Digest digest) implements Engine {
        public void update(byte[] bytes, int offset, int length) {
            digest.update(bytes, offset, length);
        }

        public byte[] encoded() {
            return prefixed(BOUNCY_CASTLE, digest.getEncodedState());
        }

        public byte[] digestOfCopy() {
            SHA256Digest copy = new SHA256Digest(digest);
            byte[] out = new byte[copy.getDigestSize()];
            copy.doFinal(out, 0);
            return out;
        }
    }

    private record JdkEngine(JdkAccess access, MessageDigestSpi spi) implements Engine {
        public void update(byte[] bytes, int offset, int length) {
            access.update(spi, bytes, offset, length);
        }

        public byte[] encoded() {
            return prefixed(JDK, access.state(spi));
        }

        public byte[] digestOfCopy() {
            return access.digest(access.copy(spi));
        }
    }

    private static byte[] prefixed(byte engine, byte[] state) {
        byte[] out = new byte[state.length + 1];
        out[0] = engine;
        System.arraycopy(state, 0, out, 1, state.length);
        return out;
    }

    /** Reads and writes the private state of the JDK's SHA-256 ({@code sun.security.provider.SHA2.SHA256}). */
    private record JdkAccess(Class<?> type, MethodHandle update, MethodHandle digest, MethodHandle copy,
                             VarHandle hash, VarHandle buffer, VarHandle bufferOffset, VarHandle processed) {

        static JdkAccess open() {
            try {
                Class<?> sha256 = Class.forName("sun.security.provider.SHA2$SHA256");
                Class<?> sha2 = sha256.getSuperclass();
                Class<?> base = sha2.getSuperclass();
                MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(sha256, MethodHandles.lookup());
                MethodHandles.Lookup sha2Lookup = MethodHandles.privateLookupIn(sha2, MethodHandles.lookup());
                MethodHandles.Lookup baseLookup = MethodHandles.privateLookupIn(base, MethodHandles.lookup());
                JdkAccess access = new JdkAccess(sha256,
                        baseLookup.findVirtual(base, "engineUpdate", java.lang.invoke.MethodType.methodType(
                                void.class, byte[].class, int.class, int.class)),
                        baseLookup.findVirtual(base, "engineDigest", java.lang.invoke.MethodType.methodType(byte[].class)),
                        baseLookup.findVirtual(base, "clone", java.lang.invoke.MethodType.methodType(Object.class)),
                        sha2Lookup.findVarHandle(sha2, "state", int[].class),
                        baseLookup.findVarHandle(base, "buffer", byte[].class),
                        baseLookup.findVarHandle(base, "bufOfs", int.class),
                        baseLookup.findVarHandle(base, "bytesProcessed", long.class));
                access.selfCheck();
                return access;
            } catch (ReflectiveOperationException | RuntimeException e) {
                LOG.info("Uploads hash with Bouncy Castle's SHA-256 (the JDK's faster one needs "
                        + "--add-opens java.base/sun.security.provider=ALL-UNNAMED): {}", e.toString());
                return null;
            }
        }

        /** Hashes across a saved and restored state and compares with the JDK's plain digest. */
        private void selfCheck() {
            byte[] data = new byte[200];
            Arrays.fill(data, (byte) 7);
            MessageDigestSpi first = fresh();
            update(first, data, 0, 77);
            MessageDigestSpi second = restore(state(first));
            update(second, data, 77, 123);
            try {
                byte[] expected = java.security.MessageDigest.getInstance("SHA-256").digest(data);
                if (!Arrays.equals(expected, digest(second))) {
                    throw new IllegalStateException("restored JDK SHA-256 state gives a different digest");
                }
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        MessageDigestSpi fresh() {
            try {
                return (MessageDigestSpi) MethodHandles.privateLookupIn(type, MethodHandles.lookup())
                        .findConstructor(type, java.lang.invoke.MethodType.methodType(void.class)).invoke();
            } catch (Throwable e) {
                throw new IllegalStateException("Cannot create the JDK's SHA-256", e);
            }
        }

        void update(MessageDigestSpi spi, byte[] bytes, int offset, int length) {
            try {
                update.invoke(spi, bytes, offset, length);
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }

        byte[] digest(MessageDigestSpi spi) {
            try {
                return (byte[]) digest.invoke(spi);
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }

        MessageDigestSpi copy(MessageDigestSpi spi) {
            try {
                return (MessageDigestSpi) copy.invoke(spi);
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }

        /** Eight hash words, the bytes processed, and the partial block. */
        byte[] state(MessageDigestSpi spi) {
            int[] words = (int[]) hash.get(spi);
            int offset = (int) bufferOffset.get(spi);
            ByteBuffer out = ByteBuffer.allocate(32 + 4 + 8 + offset);
            for (int word : words) {
                out.putInt(word);
            }
            out.putInt(offset).putLong((long) processed.get(spi)).put((byte[]) buffer.get(spi), 0, offset);
            return out.array();
        }

        MessageDigestSpi restore(byte[] state) {
            MessageDigestSpi spi = fresh();
            ByteBuffer in = ByteBuffer.wrap(state);
            int[] words = (int[]) hash.get(spi);
            for (int i = 0; i < 8; i++) {
                words[i] = in.getInt();
            }
            int offset = in.getInt();
            processed.set(spi, in.getLong());
            in.get((byte[]) buffer.get(spi), 0, offset);
            bufferOffset.set(spi, offset);
            return spi;
        }
    }
}
