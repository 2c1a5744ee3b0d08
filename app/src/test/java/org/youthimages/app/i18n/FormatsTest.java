package org.youthimages.app.i18n;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

    private static final long GIB = 1024L * 1024 * 1024;

    @Test
    void fileSizesAreWrittenWithTheReadersOwnUnitAndDecimalSign() {
        assertThat(new Formats(Language.EN).size(2 * GIB)).isEqualTo("2 GB");
        assertThat(new Formats(Language.EN).size(GIB + GIB / 2)).isEqualTo("1.5 GB");
        assertThat(new Formats(Language.FR).size(GIB + GIB / 2)).isEqualTo("1,5\u202fGo");
        assertThat(new Formats(Language.RU).size(512 * 1024)).isEqualTo("512 кБ");
        assertThat(new Formats(Language.AR).size(2 * GIB)).contains("2").doesNotContain("GB", "٢");
        assertThat(new Formats(Language.EN).size(700)).isEqualTo("700 byte");
    }

    @Test
    void lengthsInMinutesAreNumbersToOneDecimal() {
        Formats formats = new Formats(Language.EN);
        assertThat(formats.minutes(300)).isEqualByComparingTo("5");
        assertThat(formats.minutes(90)).isEqualByComparingTo("1.5");
        assertThat(formats.minutes(100)).isEqualByComparingTo("1.7");
    }
}
