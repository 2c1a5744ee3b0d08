package org.youthimages.storage.upload;

/**
 * Told when an upload completes, inside the transaction that marks it complete: whatever the listener records
 * (the media asset, the entry's status, the transcode job, an email) exists exactly when the upload is complete.
 */
public interface UploadCompletionListener {

    void uploadCompleted(UploadSession session);
}
