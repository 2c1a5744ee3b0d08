package org.youthimages.storage.results;

import java.util.List;

/**
 * A scorecard's overall score: the weighted mean of its criteria. When every criterion uses the same scale the
 * result is on that scale (a 1–10 round gives a score out of 10); when scales differ, each is first mapped
 * onto 0–10 so no criterion counts more for having a longer scale.
 */
public final class ScorecardScore {

    private ScorecardScore() {
    }

    public static double weightedMean(List<CriterionValue> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("A scorecard without scores has no overall score");
        }
        boolean sameScale = values.stream().allMatch(v -> v.scaleMin() == values.getFirst().scaleMin()
                && v.scaleMax() == values.getFirst().scaleMax());
        double weighted = 0;
        double weights = 0;
        for (CriterionValue v : values) {
            double value = sameScale ? v.value() : 10.0 * (v.value() - v.scaleMin()) / (v.scaleMax() - v.scaleMin());
            weighted += v.weight() * value;
            weights += v.weight();
        }
        return weighted / weights;
    }
}
