package org.youthimages.storage.objects;

/** A resolved object storage endpoint, external or embedded. */
public record ObjectStorageConnection(String endpoint, String publicEndpoint, String accessKey, String secretKey,
                                      String region, String bucket, boolean embedded) {
}
