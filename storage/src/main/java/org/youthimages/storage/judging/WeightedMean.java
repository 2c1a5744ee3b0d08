package org.youthimages.storage.judging;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/** Sum of score times weight over the sum of the weights of the criteria scored. */
final class WeightedMean {

    private WeightedMean() {
    }

    static BigDecimal of(List<CriterionSheet> criteria, Map<Long, ScoreValue> scores) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (CriterionSheet criterion : criteria) {
            ScoreValue score = scores.get(criterion.criterionId());
            if (score != null && score.value() != null) {
                total = total.add(criterion.weight().multiply(BigDecimal.valueOf(score.value())));
                weights = weights.add(criterion.weight());
            }
        }
        return weights.signum() == 0 ? null
                : total.divide(weights, MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP);
    }
}
