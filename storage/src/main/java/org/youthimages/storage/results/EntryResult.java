package org.youthimages.storage.results;

/**
 * One film's result in a round.
 *
 * @param weightedMean     mean of its scorecards' weighted scores
 * @param normalisedMean   mean of its scores after per-juror normalisation (z-scores: 0 is a juror's average)
 * @param normalisedScore  the same, put back on the round's scale (overall mean + z × overall spread)
 * @param median           median of its scorecards' scores
 * @param scores           number of submitted scorecards
 * @param watchedPercent   mean share of the film its jurors watched
 * @param spread           highest minus lowest score
 * @param disagreement     spread above the round's threshold: jurors disagree strongly
 */
public record EntryResult(long entryId, double weightedMean, double normalisedMean, double normalisedScore,
                          double median, int scores, double watchedPercent, double spread, boolean disagreement) {
}
