package org.youthimages.storage.objects;

import io.minio.AbortMultipartUploadArgs;
import io.minio.CompleteMultipartUploadArgs;
import io.minio.CreateMultipartUploadArgs;
import io.minio.ListMultipartUploadsArgs;
import io.minio.MinioAsyncClient;
import io.minio.UploadPartArgs;
import io.minio.errors.ErrorResponseException;
import io.minio.messages.Part;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The low-level S3 multipart calls, for uploads that arrive in pieces over many requests (tus).
 * Every part but the last must be at least {@link #MIN_PART_SIZE} bytes: S3, MinIO and the embedded server refuse
 * smaller ones when the upload completes.
 */
@Singleton
public class MultipartUploads {

    public static final long MIN_PART_SIZE = 5L * 1024 * 1024;

    private final MinioAsyncClient client;
    private final String bucket;

    MultipartUploads(ObjectStorageConnection connection) {
        this.client = MinioAsyncClient.builder()
                .endpoint(connection.endpoint())
                .region(connection.region())
                .credentials(connection.accessKey(), connection.secretKey())
                .build();
        this.bucket = connection.bucket();
    }

    /** Starts a multipart upload of {@code key}; returns its upload id. */
    public String start(String key, String contentType) {
        return await("start an upload of " + key, client.createMultipartUpload(CreateMultipartUploadArgs.builder()
                .bucket(bucket).object(key)
                .headers(new io.minio.Http.Headers("Content-Type", contentType)).build()))
                .result().uploadId();
    }

    /**
     * Sends {@code length} bytes of {@code file}, from its start, as part {@code number}. Sending the same number
     * again replaces the part. Runs asynchronously, so the caller can keep receiving meanwhile.
     *
     * @param crc32c the part's CRC32C, which the server checks; given by the caller, who saw the bytes go by, so the
     *               file is read only once (the payload itself is sent unsigned)
     */
    public CompletableFuture<UploadedPart> uploadPart(String key, String uploadId, int number, Path file, long length,
                                                      int crc32c) {
        RandomAccessFile source;
        try {
            source = new RandomAccessFile(file.toFile(), "r");
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<UploadedPart> sent;
        try {
            sent = client.uploadPart(UploadPartArgs.builder().bucket(bucket).object(key)
                            .uploadId(uploadId).partNumber(number).file(source, length)
                            .headers(new io.minio.Http.Headers("X-Amz-Content-Sha256", "UNSIGNED-PAYLOAD",
                                    "x-amz-checksum-crc32c", Base64.getEncoder().encodeToString(
                                            java.nio.ByteBuffer.allocate(4).putInt(crc32c).array()),
                                    "x-amz-sdk-checksum-algorithm", "CRC32C"))
                            .build())
                    .thenApply(response -> new UploadedPart(number, response.part().etag(), length));
        } catch (Exception e) {
            sent = CompletableFuture.failedFuture(e);
        }
        return sent.whenComplete((part, error) -> closeQuietly(source));
    }

    /** Joins the parts, in order, into the object. */
    public void complete(String key, String uploadId, List<UploadedPart> parts) {
        Part[] s3Parts = parts.stream().map(p -> new Part(p.number(), p.etag())).toArray(Part[]::new);
        await("complete the upload of " + key, client.completeMultipartUpload(CompleteMultipartUploadArgs.builder()
                .bucket(bucket).object(key).uploadId(uploadId).parts(s3Parts).build()));
    }

    /** Drops the upload and its parts; an upload that is already gone is not an error. */
    public void abort(String key, String uploadId) {
        try {
            client.abortMultipartUpload(AbortMultipartUploadArgs.builder()
                    .bucket(bucket).object(key).uploadId(uploadId).build()).get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof ErrorResponseException missing
                    && "NoSuchUpload".equals(missing.errorResponse().code()))) {
                throw new ObjectStorageException("Cannot abort the upload of " + key + ": " + e.getCause(), e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ObjectStorageException("Interrupted while aborting the upload of " + key, e);
        } catch (Exception e) {
            throw new ObjectStorageException("Cannot abort the upload of " + key + ": " + e, e);
        }
    }

    /** Multipart uploads not yet completed or aborted under a key prefix, as (key, upload id) pairs. */
    public List<PendingUpload> pending(String prefix) {
        var result = await("list the uploads under " + prefix, client.listMultipartUploads(
                ListMultipartUploadsArgs.builder().bucket(bucket).prefix(prefix).build())).result();
        return result.uploads().stream().map(u -> new PendingUpload(u.objectName(), u.uploadId())).toList();
    }

    public record UploadedPart(int number, String etag, long size) {
    }

    public record PendingUpload(String key, String uploadId) {
    }

    private static <T> T await(String what, CompletableFuture<T> call) {
        try {
            return call.join();
        } catch (CompletionException e) {
            throw new ObjectStorageException("Cannot " + what + ": " + e.getCause(), e.getCause());
        }
    }

    private static void closeQuietly(RandomAccessFile file) {
        try {
            file.close();
        } catch (IOException ignored) {
            // read-only file: nothing was written that closing could lose
        }
    }
}
