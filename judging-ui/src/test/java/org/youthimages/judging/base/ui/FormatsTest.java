package org.youthimages.judging.base.ui;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Moments read the same way in every language of the judging interface: ISO dates, the 24-hour clock. */
class FormatsTest {

    private static final Instant LAST_MINUTE = Instant.parse("2027-03-31T21:59:30Z");

    @Test
    void aMomentIsItsIsoDateAndTwentyFourHourTimeInTheNamedZone() {
        assertThat(Formats.dateTime(LAST_MINUTE, "Europe/Zurich")).isEqualTo("2027-03-31 23:59 (Europe/Zurich)");
        assertThat(Formats.dateTime(LAST_MINUTE, "America/Lima")).isEqualTo("2027-03-31 16:59 (America/Lima)");
        assertThat(Formats.utcWithSeconds(LAST_MINUTE)).isEqualTo("2027-03-31 21:59:30");
    }

    @Test
    void aDeadlineAlsoReadsOnTheReadersClockWhenItDiffers() {
        assertThat(Formats.dateTime(LAST_MINUTE, "Europe/Zurich", java.time.ZoneId.of("America/Lima")))
                .isEqualTo("2027-03-31 23:59 (Europe/Zurich), 2027-03-31 16:59 (America/Lima)");
        assertThat(Formats.dateTime(LAST_MINUTE, "Europe/Zurich", java.time.ZoneId.of("Europe/Zurich")))
                .isEqualTo("2027-03-31 23:59 (Europe/Zurich)");
        assertThat(Formats.dateTime(LAST_MINUTE, "Europe/Zurich", java.time.ZoneId.of("Europe/Berlin")))
                .as("another zone showing the same time").isEqualTo("2027-03-31 23:59 (Europe/Zurich)");
    }

    @Test
    void aTimeOfDayIsOnTheTwentyFourHourClockWithSecondsWhereTheyMatter() {
        assertThat(Formats.time(LAST_MINUTE, ZoneId.of("Asia/Tokyo"))).isEqualTo("06:59");
        assertThat(Formats.timeWithSeconds(LAST_MINUTE, ZoneId.of("Europe/Zurich"))).isEqualTo("23:59:30");
    }

    @Test
    void aFileSizeReadsAsOnThePublicPagesInTheReadersLanguage() {
        assertThat(Formats.fileSize(1_572_864, Locale.ENGLISH)).isEqualTo("1.5 MB");
        assertThat(Formats.fileSize(2_300_000_000L, Locale.FRENCH)).isEqualTo("2,1\u202fGo");
        assertThat(Formats.fileSize(1_572_864, null)).as("no locale yet: English").isEqualTo("1.5 MB");
    }
}
