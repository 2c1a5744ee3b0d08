package org.youthimages.storage.judging;

import java.math.BigDecimal;
import java.util.SortedMap;

/** A criterion as the scorecard shows it: guidance, weight, and a scale with its labelled anchors. */
public record CriterionSheet(long criterionId, String code, String name, String guidance, BigDecimal weight,
                             int scaleMin, int scaleMax, SortedMap<Integer, String> anchors) {

    public CriterionSheet {
        anchors = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(anchors));
    }

    public boolean accepts(int value) {
        return value >= scaleMin && value <= scaleMax;
    }
}
