package org.youthimages.storage.results;

/** A submitted scorecard reduced to what results need: whose, for which film, its score and the share watched. */
public record CardScore(long scorecardId, long entryId, long jurorId, double score, double watchedPercent) {
}
