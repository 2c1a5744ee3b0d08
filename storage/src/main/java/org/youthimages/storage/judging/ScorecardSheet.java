package org.youthimages.storage.judging;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A juror's scorecard for one film as stored: the round's criteria, the scores so far, the comments, and the
 * version to send back with the next change (0 before the first save).
 *
 * @param overallComment shared with the entrant
 * @param privateNote    for the organisers only
 */
public record ScorecardSheet(long assignmentId, State state, int version, List<CriterionSheet> criteria,
                             Map<Long, ScoreValue> scores, String overallComment, String privateNote,
                             BigDecimal watchedPercent, int watchThresholdPercent, @Nullable Instant submittedAt) {

    public enum State { DRAFT, SUBMITTED }

    public ScorecardSheet {
        criteria = List.copyOf(criteria);
        scores = Map.copyOf(scores);
    }

    public ScoreValue score(long criterionId) {
        return scores.getOrDefault(criterionId, ScoreValue.EMPTY);
    }

    public boolean locked() {
        return state == State.SUBMITTED;
    }

    public boolean complete() {
        return criteria.stream().allMatch(c -> score(c.criterionId()).value() != null);
    }

    public boolean watchedEnough() {
        return watchedPercent.compareTo(BigDecimal.valueOf(watchThresholdPercent)) >= 0;
    }

    /** The weighted mean of the scores given so far, or null when there is none. */
    public @Nullable BigDecimal weightedMean() {
        return WeightedMean.of(criteria, scores);
    }
}
