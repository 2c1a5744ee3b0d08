package org.youthimages.storage.edition;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AgesTest {

    private static final LocalDate BORN = LocalDate.of(2009, 3, 1);

    @Test
    void anEntrantTurnsEighteenOnTheirBirthdayAndNeedsNoGuardianFromThatDay() {
        assertThat(Ages.ageOn(BORN, LocalDate.of(2027, 2, 28))).isEqualTo(17);
        assertThat(Ages.minorOn(BORN, LocalDate.of(2027, 2, 28))).isTrue();
        assertThat(Ages.ageOn(BORN, LocalDate.of(2027, 3, 1))).isEqualTo(18);
        assertThat(Ages.minorOn(BORN, LocalDate.of(2027, 3, 1))).isFalse();
    }

    @Test
    void theCategoryIsTheOneWhoseRangeHoldsTheAgeAndNoneOutsideEveryRange() {
        AgeCategory younger = category(1L, "AGE_9_12", 9, 12);
        AgeCategory older = category(2L, "AGE_13_17", 13, 17);
        List<AgeCategory> categories = List.of(younger, older);

        assertThat(Ages.category(categories, 12)).contains(younger);
        assertThat(Ages.category(categories, 13)).contains(older);
        assertThat(Ages.category(categories, 8)).isEmpty();
        assertThat(Ages.category(categories, 18)).isEmpty();
    }

    private static AgeCategory category(long id, String code, int min, int max) {
        return new AgeCategory(id, 1L, code, code, min, max, (int) id);
    }
}
