package org.youthimages.storage.objects;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * Where objects are stored. With no endpoint, the app starts an S3-compatible server in-process.
 *
 * @param endpoint       S3/MinIO endpoint, e.g. {@code https://minio.example.org}; empty for the embedded server
 * @param publicEndpoint endpoint that browsers use for presigned links, when it differs from {@code endpoint}
 * @param accessKey      access key
 * @param secretKey      secret key
 * @param region         region; MinIO and the embedded server accept {@code us-east-1}
 * @param bucket         bucket holding every object of the platform; created, private, when missing
 */
@ConfigurationProperties("yi.storage")
public record ObjectStorageSettings(@Nullable String endpoint,
                                    @Nullable String publicEndpoint,
                                    @Nullable String accessKey,
                                    @Nullable String secretKey,
                                    @Nullable String region,
                                    @Nullable String bucket) {

    public boolean isExternal() {
        return endpoint != null && !endpoint.isBlank();
    }
}
