package org.youthimages.app.i18n;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

    private static final long GIB = 1024L * 1024 * 1024;

    @Test
    void fileSizesAreWrittenInThePagesLanguageWithLatinDigitsEvenInArabic() {
        assertThat(new Formats(Language.RU).size(GIB + GIB / 2)).isEqualTo("1,5 ГБ");
        assertThat(new Formats(Language.AR).size(2 * GIB)).contains("2").doesNotContain("GB", "٢");
    }

    @Test
    void aMomentNamesItsTimeZoneInBracketsOfTheReadersScript() {
        Instant deadline = Instant.parse("2027-03-31T21:59:00Z");
        ZoneId geneva = ZoneId.of("Europe/Zurich");

        assertThat(new Formats(Language.EN).dateTime(deadline, geneva)).startsWith("March 31, 2027, 11:59").endsWith("PM (Central European Time)");
        assertThat(new Formats(Language.ZH).dateTime(deadline, geneva)).startsWith("2027年3月31日")
                .endsWith("23:59（中欧时间）");
    }

    @Test
    void lengthsInMinutesAreNumbersToOneDecimal() {
        Formats formats = new Formats(Language.EN);
        assertThat(formats.minutes(300)).isEqualByComparingTo("5");
        assertThat(formats.minutes(90)).isEqualByComparingTo("1.5");
        assertThat(formats.minutes(100)).isEqualByComparingTo("1.7");
    }
}
