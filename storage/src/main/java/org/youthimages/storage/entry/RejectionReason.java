package org.youthimages.storage.entry;

/**
 * Why a film was rejected by the media pipeline. Stored as {@code entry.rejection_code}; public pages and
 * emails translate the code into the entrant's language and say what to do next.
 */
public enum RejectionReason {
    /** The file has no video stream (an audio file, a picture, a document). */
    NO_VIDEO_STREAM,
    /** Not a media container we accept (a playlist, a concat list, a text file named .mp4). */
    UNSUPPORTED_FORMAT,
    /** The video cannot be decoded past its first seconds (a truncated or damaged file). */
    NOT_DECODABLE,
    /** Shorter than the edition's minimum length, after the tolerance. */
    TOO_SHORT,
    /** Longer than the edition's maximum length, after the tolerance. */
    TOO_LONG,
    /** Lower than the edition's minimum resolution. */
    RESOLUTION_TOO_SMALL,
    /** Above 8K, or an absurd frame count: refused before decoding. */
    RESOLUTION_TOO_LARGE,
    /** Larger than the edition's maximum file size. */
    FILE_TOO_LARGE,
    /** Processing exceeded its time limit or stopped making progress. */
    PROCESSING_TIMEOUT,
    /** Processing failed for another reason; the organisers are told. */
    PROCESSING_FAILED
}
