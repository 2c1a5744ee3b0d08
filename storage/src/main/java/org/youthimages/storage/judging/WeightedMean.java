package org.youthimages.storage.judging;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Sum of score times weight over the sum of the weights of the criteria scored, as the database's
 * {@code scorecard_weighted_score} computes it for the results: on the criteria's common scale, or with each score
 * mapped onto 0–10 when the round's criteria have different scales.
 */
final class WeightedMean {

    private static final BigDecimal TEN = BigDecimal.TEN;

    private WeightedMean() {
    }

    static BigDecimal of(List<CriterionSheet> criteria, Map<Long, ScoreValue> scores) {
        boolean sameScale = criteria.stream().allMatch(c -> c.scaleMin() == criteria.getFirst().scaleMin()
                && c.scaleMax() == criteria.getFirst().scaleMax());
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (CriterionSheet criterion : criteria) {
            ScoreValue score = scores.get(criterion.criterionId());
            if (score != null && score.value() != null) {
                BigDecimal value = sameScale ? BigDecimal.valueOf(score.value())
                        : TEN.multiply(BigDecimal.valueOf(score.value() - criterion.scaleMin()))
                        .divide(BigDecimal.valueOf(criterion.scaleMax() - criterion.scaleMin()), MathContext.DECIMAL64);
                total = total.add(criterion.weight().multiply(value));
                weights = weights.add(criterion.weight());
            }
        }
        return weights.signum() == 0 ? null
                : total.divide(weights, MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP);
    }
}
