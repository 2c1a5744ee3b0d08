package org.youthimages.storage.judging;

/** A stretch of the film the player actually played, in seconds from the start (as the browser's {@code played}). */
public record PlayedRange(double start, double end) {

    public PlayedRange {
        if (!(start >= 0) || !(end >= start) || Double.isInfinite(end)) {
            throw new IllegalArgumentException("Not a played range: " + start + " to " + end);
        }
    }
}
