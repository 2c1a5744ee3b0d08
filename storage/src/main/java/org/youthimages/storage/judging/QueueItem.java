package org.youthimages.storage.judging;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;

/**
 * One film in a juror's queue. {@code position} is its place in the juror's whole queue (1-based): every juror
 * gets the films in their own stable order, so no film is always seen first or last.
 */
public record QueueItem(long assignmentId, long entryId, String reference, String title, @Nullable String category,
                        @Nullable Long durationMs, Progress progress, BigDecimal watchedPercent, int position) {

    /** How far the juror has gone with the film's scorecard. */
    public enum Progress { NOT_STARTED, DRAFT, SUBMITTED }
}
