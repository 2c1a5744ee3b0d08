package org.youthimages.storage.objects;

/** Starts an S3-compatible server in-process when no external endpoint is configured. */
public interface EmbeddedObjectStorage {

    ObjectStorageConnection start(String bucket);
}
