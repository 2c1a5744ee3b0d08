package org.youthimages.judging.base.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How numbers, lengths and dates read in the judging interface, in the user's language. */
public final class Formats {

    private Formats() {
    }

    /** 95 000 ms → "1:35". */
    public static String duration(Long millis) {
        if (millis == null) {
            return "";
        }
        long seconds = Math.round(millis / 1000.0);
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }

    /** 87.50 → "88 %" (French puts a space before the sign, as do we everywhere). */
    public static String percent(BigDecimal value) {
        return (value == null ? BigDecimal.ZERO : value).setScale(0, RoundingMode.DOWN).toPlainString() + " %";
    }

    /** A moment in the given time zone, e.g. "12 March 2027, 18:00 (Europe/Zurich)". */
    public static String dateTime(Instant at, String zone, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneId.of(zone)).format(at) + " (" + zone + ")";
    }

    /** Days left until {@code at}, to the nearest day (0: less than half a day), never negative. */
    public static long daysLeft(Instant at, Instant now) {
        return Math.max(0, Math.round(Duration.between(now, at).toMinutes() / (24 * 60.0)));
    }
}
