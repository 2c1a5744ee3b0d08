package org.youthimages.storage.objects;

import java.time.Instant;

/** What object storage knows about one object. */
public record StoredObject(String key, long size, String etag, String contentType, Instant lastModified) {
}
