package org.youthimages.storage.edition;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Names and descriptions pasted into the set-up tabs keep their words but no control characters. */
class PastedPartTextsTest {

    @Test
    void categoryThemeAndPrizeNamesStayOnOneLineAndTheirDescriptionsKeepTheirParagraphs() {
        assertThat(new EditionParts.CategoryForm(null, "AGE_13_17", "13\u0000 to 17\r\n", 13, 17).name())
                .isEqualTo("13 to 17");
        EditionParts.ThemeForm theme = new EditionParts.ThemeForm(null, "MIGRATION", "Migra\u0000tion",
                "Journeys,\r\narrivals\u000b");
        assertThat(theme.name()).isEqualTo("Migration");
        assertThat(theme.description()).isEqualTo("Journeys,\narrivals");
        EditionParts.PrizeForm prize = new EditionParts.PrizeForm(null, Prize.Kind.PARTNER_PRIZE, "UNAOC", "Prize\u0007",
                "For a film\u0000.", "UN Alliance\nof Civilizations", null);
        assertThat(prize.name()).isEqualTo("Prize");
        assertThat(prize.description()).isEqualTo("For a film.");
        assertThat(prize.partnerName()).isEqualTo("UN Alliance of Civilizations");
        assertThat(new EditionParts.PrizeForm(null, Prize.Kind.SPECIAL_RECOGNITION, "X", "X", "", null, null)
                .partnerName()).isNull();
    }

    @Test
    void aCriterionsNameGuidanceAndScaleLabelsLoseControlCharacters() {
        CriterionForm criterion = new CriterionForm(null, "STORY", "Story\u0000telling", "Is it clear?\r\nIs it engaging?",
                BigDecimal.ONE, 1, 10, Map.of("1", "Weak\u0000", "10", "Out\u0007standing"));

        assertThat(criterion.name()).isEqualTo("Storytelling");
        assertThat(criterion.guidance()).isEqualTo("Is it clear?\nIs it engaging?");
        assertThat(criterion.anchors()).containsExactlyInAnyOrderEntriesOf(Map.of("1", "Weak", "10", "Outstanding"));
    }
}
