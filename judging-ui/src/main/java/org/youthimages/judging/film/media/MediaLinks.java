package org.youthimages.judging.film.media;

/**
 * Addresses of a film's media in the judging server: every request is checked against the juror's assignment, or
 * for screening against the organiser's role.
 */
public final class MediaLinks {

    static final String PREFIX = "/media/";
    static final String SCREENING = "screening/";

    private MediaLinks() {
    }

    public static String of(long assignmentId, long assetId) {
        return PREFIX + assignmentId + "/" + assetId;
    }

    /** A file of an entry as organisers screening it see it: checked against the organiser's role. */
    public static String forScreening(long entryId, long assetId) {
        return PREFIX + SCREENING + entryId + "/" + assetId;
    }
}
