package org.youthimages.storage.judging;

import io.micronaut.core.annotation.Nullable;

/** Which films of a juror's queue to show: one age category or all, and only those not yet submitted or all. */
public record QueueFilter(@Nullable Long ageCategoryId, boolean onlyUnscored) {

    public static final QueueFilter ALL = new QueueFilter(null, false);
}
