package org.youthimages.judging.film.media;

/** Addresses of a film's media in the judging server: every request is checked against the juror's assignment. */
public final class MediaLinks {

    static final String PREFIX = "/media/";

    private MediaLinks() {
    }

    public static String of(long assignmentId, long assetId) {
        return PREFIX + assignmentId + "/" + assetId;
    }
}
