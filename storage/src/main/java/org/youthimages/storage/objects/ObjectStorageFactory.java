package org.youthimages.storage.objects;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.exceptions.ConfigurationException;
import io.minio.MinioClient;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.util.Optional;

@Factory
class ObjectStorageFactory {

    private static final String DEFAULT_REGION = "us-east-1";
    private static final String DEFAULT_BUCKET = "youth-images";

    @Singleton
    ObjectStorageConnection connection(ObjectStorageSettings settings, Optional<EmbeddedObjectStorage> embedded) {
        String bucket = blankToDefault(settings.bucket(), DEFAULT_BUCKET);
        if (settings.isExternal()) {
            return new ObjectStorageConnection(settings.endpoint(),
                    blankToDefault(settings.publicEndpoint(), settings.endpoint()),
                    settings.accessKey(), settings.secretKey(),
                    blankToDefault(settings.region(), DEFAULT_REGION), bucket, false);
        }
        return embedded.orElseThrow(() -> new ConfigurationException(
                        "No object storage configured: set YI_S3_ENDPOINT, YI_S3_ACCESS_KEY and YI_S3_SECRET_KEY"))
                .start(bucket);
    }

    @Singleton
    @Primary
    MinioClient client(ObjectStorageConnection connection) {
        return build(connection.endpoint(), connection);
    }

    /** Signs links with the endpoint browsers reach; signing is local, this client never connects. */
    @Singleton
    @Named("public")
    MinioClient publicClient(ObjectStorageConnection connection) {
        return build(connection.publicEndpoint(), connection);
    }

    private static MinioClient build(String endpoint, ObjectStorageConnection connection) {
        return MinioClient.builder()
                .endpoint(endpoint)
                .region(connection.region())
                .credentials(connection.accessKey(), connection.secretKey())
                .build();
    }

    private static String blankToDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
