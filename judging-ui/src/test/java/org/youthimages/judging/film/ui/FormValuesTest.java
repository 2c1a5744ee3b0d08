package org.youthimages.judging.film.ui;

import org.junit.jupiter.api.Test;
import org.youthimages.storage.judging.CriterionSheet;
import org.youthimages.storage.judging.ScoreValue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class FormValuesTest {

    private static final List<CriterionSheet> CRITERIA = List.of(criterion(1), criterion(2), criterion(3));

    @Test
    void laysThisWindowsChangesOverTheNewerStoredVersionFieldByField() {
        FormValues basis = new FormValues(Map.of(1L, new ScoreValue(5, "")), "", "");
        FormValues mine = new FormValues(Map.of(1L, new ScoreValue(5, ""), 2L, new ScoreValue(3, "tight")), "", "mine");
        FormValues theirs = new FormValues(Map.of(1L, new ScoreValue(6, ""), 3L, new ScoreValue(9, "")), "theirs", "");

        FormValues merged = mine.over(basis, theirs, CRITERIA);

        assertThat(merged.score(1)).isEqualTo(new ScoreValue(6, ""));
        assertThat(merged.score(2)).isEqualTo(new ScoreValue(3, "tight"));
        assertThat(merged.score(3)).isEqualTo(new ScoreValue(9, ""));
        assertThat(merged.overall()).isEqualTo("theirs");
        assertThat(merged.note()).isEqualTo("mine");
    }

    @Test
    void readsBrowserKeptFieldsAndDropsWhatIsNotOnTheScale() {
        FormValues values = FormValues.fromFields(Map.of("score:1", "7", "score:2", "11", "score:3", "x",
                "comment:2", "kept", "overall", "hello"), CRITERIA);

        assertThat(values.score(1).value()).isEqualTo(7);
        assertThat(values.score(2)).isEqualTo(new ScoreValue(null, "kept"));
        assertThat(values.score(3).value()).isNull();
        assertThat(values.overall()).isEqualTo("hello");
        assertThat(FormValues.fromFields(values.fields(CRITERIA), CRITERIA)).isEqualTo(values);
    }

    @Test
    void aDraftLeavesEmptyCriteriaOut() {
        FormValues values = new FormValues(Map.of(1L, new ScoreValue(4, ""), 2L, ScoreValue.EMPTY), "", "");

        assertThat(values.draft(3).scores()).containsOnlyKeys(1L);
        assertThat(values.draft(3).expectedVersion()).isEqualTo(3);
    }

    private static CriterionSheet criterion(long id) {
        return new CriterionSheet(id, "C" + id, "Criterion " + id, "", BigDecimal.ONE, 1, 10, new TreeMap<>());
    }
}
