package org.youthimages.storage.upload;

import io.micronaut.core.annotation.Nullable;

/** Object storage failed while an upload was being written; what was committed before stays valid. */
public class UploadStorageException extends RuntimeException {

    public UploadStorageException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
