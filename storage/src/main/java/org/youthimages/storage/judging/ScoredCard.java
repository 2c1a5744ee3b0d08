package org.youthimages.storage.judging;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * One juror's scorecard for one film, as organisers see it (and a round's jurors once its scores are revealed):
 * the scores by criterion code, their weighted mean, and the share of the film the juror played beside them.
 *
 * @param confirmedBelowThreshold the juror submitted after confirming they watched less than the round asks
 * @param criterionComments       what the juror wrote on a criterion, by its code (written ones only), for
 *                                organisers; empty in what jurors see
 * @param privateNote             for organisers only; empty in what jurors see
 */
public record ScoredCard(long scorecardId, long assignmentId, long jurorId, String juror, long entryId,
                         String reference, String title, ScorecardSheet.State state, int version,
                         BigDecimal watchedPercent, boolean confirmedBelowThreshold, @Nullable BigDecimal weightedMean,
                         Map<String, Integer> scores, Map<String, String> criterionComments,
                         String overallComment, String privateNote, @Nullable Instant submittedAt) {

    public ScoredCard {
        criterionComments = Map.copyOf(criterionComments);
    }
}
