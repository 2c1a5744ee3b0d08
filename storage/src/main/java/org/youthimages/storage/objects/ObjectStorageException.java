package org.youthimages.storage.objects;

/** Object storage could not do what was asked; the message names the object. */
public class ObjectStorageException extends RuntimeException {

    public ObjectStorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
