package org.youthimages.storage.judging;

import io.micronaut.core.annotation.Nullable;

/** The films before and after one film in the juror's (filtered) queue, and its place there. */
public record Neighbours(@Nullable Long previous, @Nullable Long next, int index, int total) {
}
