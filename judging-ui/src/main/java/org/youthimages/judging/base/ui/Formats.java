package org.youthimages.judging.base.ui;

import com.ibm.icu.util.ULocale;
import org.youthimages.storage.entry.FilmLength;
import org.youthimages.storage.objects.FileSize;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How numbers, lengths and dates read in the judging interface, in the user's language. */
public final class Formats {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
    private static final DateTimeFormatter MOMENT_WITH_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter TIME_WITH_SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");

    private Formats() {
    }

    /** 95 000 ms → "1:35" (as {@link FilmLength}, which the organisers' programme sheet shares). */
    public static String duration(Long millis) {
        return FilmLength.of(millis);
    }

    /**
     * A file's size as the public pages write it ({@link FileSize}): 1 572 864 bytes → "1.5 MB", in French "1,5 Mo".
     */
    public static String fileSize(long bytes, Locale locale) {
        return FileSize.of(bytes, ULocale.forLocale(locale == null ? Locale.ENGLISH : locale));
    }

    /** 87.50 → "88 %" (French puts a space before the sign, as do we everywhere). */
    public static String percent(BigDecimal value) {
        return (value == null ? BigDecimal.ZERO : value).setScale(0, RoundingMode.DOWN).toPlainString() + " %";
    }

    /**
     * A moment in the given time zone, e.g. "2027-03-12 18:00 (Europe/Zurich)": the ISO date and the 24-hour clock in
     * every language, as the date fields take them, so that no one reads a deadline the wrong way round.
     */
    public static String dateTime(Instant at, String zone) {
        return MOMENT.withZone(ZoneId.of(zone)).format(at) + " (" + zone + ")";
    }

    /**
     * A deadline in its own time zone and, when the reader's clock shows another time, in theirs too:
     * "2027-03-12 23:59 (Europe/Zurich), 2027-03-12 17:59 (America/Lima)".
     */
    public static String dateTime(Instant at, String zone, ZoneId reader) {
        String own = dateTime(at, zone);
        String theirs = dateTime(at, reader.getId());
        boolean sameClock = MOMENT.withZone(ZoneId.of(zone)).format(at).equals(MOMENT.withZone(reader).format(at));
        return sameClock ? own : own + ", " + theirs;
    }

    /**
     * "2027-03-31 21:59:30" in UTC, for records where the order of events within a minute matters; the column's
     * heading names the zone.
     */
    public static String utcWithSeconds(Instant at) {
        return MOMENT_WITH_SECONDS.withZone(java.time.ZoneOffset.UTC).format(at);
    }

    /** The time of day of a moment in a time zone, on the 24-hour clock: "18:05". */
    public static String time(Instant at, ZoneId zone) {
        return TIME.withZone(zone).format(at);
    }

    /** "18:05:09", for what happens several times a minute (a draft saving as the juror types). */
    public static String timeWithSeconds(Instant at, ZoneId zone) {
        return TIME_WITH_SECONDS.withZone(zone).format(at);
    }

    /** Days left until {@code at}, to the nearest day (0: less than half a day), never negative. */
    public static long daysLeft(Instant at, Instant now) {
        return Math.max(0, Math.round(Duration.between(now, at).toMinutes() / (24 * 60.0)));
    }
}
