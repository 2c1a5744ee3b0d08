package org.youthimages.storage.objects;

import io.micronaut.context.annotation.Context;
import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.Http;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import io.minio.UploadObjectArgs;
import io.minio.errors.ErrorResponseException;
import io.minio.errors.MinioException;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The platform's object storage: one private bucket on an S3-compatible server, through the MinIO client.
 * Created eagerly so that a missing bucket is created, and a wrong endpoint reported, at start-up.
 */
@Context
public class ObjectStore {

    /** Part size for streams of unknown length; S3 needs at least 5 MiB for all parts but the last. */
    static final long PART_SIZE = 16L * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(ObjectStore.class);

    private final MinioClient client;
    private final MinioClient publicClient;
    private final String bucket;

    ObjectStore(MinioClient client, @Named("public") MinioClient publicClient, ObjectStorageConnection connection) {
        this.client = client;
        this.publicClient = publicClient;
        this.bucket = connection.bucket();
        ensureBucket();
    }

    public String bucket() {
        return bucket;
    }

    /** Stores a stream of unknown length; multipart underneath, so it is never held whole in memory. */
    public void put(String key, InputStream content, String contentType) {
        call("store " + key, () -> client.putObject(PutObjectArgs.builder()
                .bucket(bucket).object(key).contentType(contentType)
                .stream(content, -1L, PART_SIZE).build()));
    }

    /** Stores a stream of known length. */
    public void put(String key, InputStream content, long size, String contentType) {
        call("store " + key, () -> client.putObject(PutObjectArgs.builder()
                .bucket(bucket).object(key).contentType(contentType)
                .stream(content, size, size > PART_SIZE ? PART_SIZE : -1L).build()));
    }

    public void putFile(String key, Path file, String contentType) {
        call("store " + key, () -> client.uploadObject(UploadObjectArgs.builder()
                .bucket(bucket).object(key).filename(file.toString()).contentType(contentType).build()));
    }

    /** The whole object; the caller closes the stream. */
    public InputStream get(String key) {
        return call("read " + key, () -> client.getObject(GetObjectArgs.builder().bucket(bucket).object(key).build()));
    }

    /** {@code length} bytes from {@code offset}; the caller closes the stream. */
    public InputStream getRange(String key, long offset, long length) {
        return call("read " + key, () -> client.getObject(GetObjectArgs.builder()
                .bucket(bucket).object(key).offset(offset).length(length).build()));
    }

    public Optional<StoredObject> stat(String key) {
        try {
            StatObjectResponse stat = client.statObject(StatObjectArgs.builder().bucket(bucket).object(key).build());
            return Optional.of(new StoredObject(key, stat.size(), stat.etag(), stat.contentType(),
                    stat.lastModified() == null ? null : stat.lastModified().toInstant()));
        } catch (ErrorResponseException e) {
            if (isMissing(e)) {
                return Optional.empty();
            }
            throw new ObjectStorageException("Cannot stat " + key + ": " + e.getMessage(), e);
        } catch (MinioException e) {
            throw new ObjectStorageException("Cannot stat " + key + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the object; deleting a missing object is not an error. */
    public void delete(String key) {
        call("delete " + key, () -> {
            client.removeObject(RemoveObjectArgs.builder().bucket(bucket).object(key).build());
            return null;
        });
    }

    /** A link that lets anyone holding it read the object until it expires. */
    public String presignedGet(String key, Duration expiry) {
        int seconds = (int) Math.max(1, Math.min(expiry.toSeconds(), TimeUnit.DAYS.toSeconds(7)));
        return call("sign a link to " + key, () -> publicClient.getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder()
                .method(Http.Method.GET).bucket(bucket).object(key).expiry(seconds).build()));
    }

    /** True when the bucket answers; used by the health check. */
    public boolean isReachable() {
        try {
            return client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build());
        } catch (MinioException | RuntimeException e) {
            LOG.warn("Object storage is not reachable: {}", e.getMessage());
            return false;
        }
    }

    private void ensureBucket() {
        call("create bucket " + bucket, () -> {
            if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
                // New buckets are private: no policy is set, so every read needs credentials or a signed link.
                client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
                LOG.info("Created private bucket {}", bucket);
            }
            return null;
        });
    }

    private static boolean isMissing(ErrorResponseException e) {
        String code = e.errorResponse().code();
        return "NoSuchKey".equals(code) || "NoSuchObject".equals(code) || "NotFound".equals(code);
    }

    private <T> T call(String what, MinioCall<T> call) {
        try {
            return call.run();
        } catch (MinioException e) {
            throw new ObjectStorageException("Cannot " + what + ": " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface MinioCall<T> {
        T run() throws MinioException;
    }
}
