package org.youthimages.transcoder.media;

/** FFmpeg failed for a technical reason (not the film's fault as far as we can tell). */
public class MediaException extends RuntimeException {

    public MediaException(String message) {
        super(message);
    }

    public MediaException(String message, Throwable cause) {
        super(message, cause);
    }
}
