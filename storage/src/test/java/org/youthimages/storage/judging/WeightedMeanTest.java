package org.youthimages.storage.judging;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class WeightedMeanTest {

    @Test
    void weightsCriteriaOnTheirCommonScale() {
        // story weight 2 scored 9, craft weight 1 scored 6: (2*9 + 6) / 3 = 8
        List<CriterionSheet> criteria = List.of(criterion(1, "2", 1, 10), criterion(2, "1", 1, 10));

        assertThat(WeightedMean.of(criteria, Map.of(1L, score(9), 2L, score(6)))).isEqualByComparingTo("8.00");
    }

    @Test
    void mapsDifferentScalesOntoZeroToTenBeforeWeighting() {
        // 1–5 scored 5 → 10; 0–10 scored 5 → 5; equal weights: 7.5
        List<CriterionSheet> criteria = List.of(criterion(1, "1", 1, 5), criterion(2, "1", 0, 10));

        assertThat(WeightedMean.of(criteria, Map.of(1L, score(5), 2L, score(5)))).isEqualByComparingTo("7.50");
    }

    @Test
    void countsOnlyTheCriteriaScoredSoFarAndHasNoMeanBeforeTheFirstScore() {
        List<CriterionSheet> criteria = List.of(criterion(1, "2", 1, 10), criterion(2, "1", 1, 10));

        assertThat(WeightedMean.of(criteria, Map.of(1L, score(7), 2L, ScoreValue.EMPTY))).isEqualByComparingTo("7.00");
        assertThat(WeightedMean.of(criteria, Map.of())).isNull();
    }

    private static CriterionSheet criterion(long id, String weight, int min, int max) {
        return new CriterionSheet(id, "C" + id, "Criterion " + id, "", new BigDecimal(weight), min, max, new TreeMap<>());
    }

    private static ScoreValue score(int value) {
        return new ScoreValue(value, "");
    }
}
