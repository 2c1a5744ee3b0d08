package org.youthimages.storage.embedded;

import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.youthimages.storage.objects.EmbeddedObjectStorage;
import org.youthimages.storage.objects.ObjectStorageConnection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * An S3-compatible server (S3Proxy on the file system) in this JVM, storing objects in the data folder.
 * It listens on loopback only and signs with keys generated once and kept, owner-readable, in the data folder.
 */
@Singleton
@Requires(classes = S3Proxy.class)
final class EmbeddedS3Server implements EmbeddedObjectStorage {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedS3Server.class);
    private static final String REGION = "us-east-1";

    private final DataFolder dataFolder;
    private final EmbeddedSettings settings;
    private S3Proxy proxy;

    EmbeddedS3Server(DataFolder dataFolder, EmbeddedSettings settings) {
        this.dataFolder = dataFolder;
        this.settings = settings;
    }

    @Override
    public synchronized ObjectStorageConnection start(String bucket) {
        Path objects = dataFolder.resolve("objects");
        String[] keys = credentials(dataFolder.root().resolve("s3-credentials"));
        try {
            proxy = S3Proxy.builder()
                    .blobStore(new FilesystemNio2BlobStore(objects.toString()))
                    .endpoint(URI.create("http://127.0.0.1:" + settings.s3Port()))
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, keys[0], keys[1])
                    .build();
            proxy.start();
            waitUntilStarted();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the embedded S3 server on port " + settings.s3Port()
                    + " (set yi.embedded.s3-port or YI_EMBEDDED_S3_PORT to another port)", e);
        }
        String endpoint = "http://127.0.0.1:" + proxy.getPort();
        LOG.info("Embedded S3 server started on {} with objects in {}", endpoint, objects);
        return new ObjectStorageConnection(endpoint, endpoint.replace("127.0.0.1", "localhost"), keys[0], keys[1],
                REGION, bucket, true);
    }

    private void waitUntilStarted() throws InterruptedException {
        for (int i = 0; i < 500 && !"STARTED".equals(proxy.getState()); i++) {
            Thread.sleep(10);
        }
    }

    /** Reads the access and secret key, creating them on first start. */
    private static String[] credentials(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] secret = new byte[24];
                new SecureRandom().nextBytes(secret);
                String content = "youth-images\n" + HexFormat.of().formatHex(secret) + "\n";
                Files.writeString(Files.createFile(file,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))), content);
            }
            String[] lines = Files.readString(file, StandardCharsets.UTF_8).strip().split("\n");
            return new String[] {lines[0].strip(), lines[1].strip()};
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create " + file, e);
        }
    }

    @PreDestroy
    synchronized void stop() throws Exception {
        if (proxy != null) {
            proxy.stop();
            proxy = null;
            LOG.info("Embedded S3 server stopped");
        }
    }
}
