package org.youthimages.storage.upload;

/** Why an upload request was refused. */
public enum UploadProblem {
    /** No upload with that id. */
    NOT_FOUND,
    /** The upload expired or was terminated; its bytes are gone. */
    GONE,
    /** The request does not start where the upload stands. */
    OFFSET_MISMATCH,
    /** Another request is writing to this upload right now. */
    LOCKED,
    /** More bytes than the upload's declared length. */
    TOO_LARGE,
    /** The bytes received do not match the checksum the client sent. */
    CHECKSUM_MISMATCH,
    /** The upload is complete: it takes no more bytes and cannot be terminated. */
    COMPLETED,
    /** The request itself is malformed (a missing or invalid header). */
    BAD_REQUEST
}
