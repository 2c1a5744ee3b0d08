package org.youthimages.app.i18n;

import org.youthimages.storage.objects.FileSize;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates, times, numbers and sizes written the way a reader of the page's language expects. */
public final class Formats {

    private final Locale locale;

    public Formats(Language language) {
        this.locale = language.locale();
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    /**
     * A moment in the given time zone, with the zone's name, e.g. "31 March 2027, 23:59 (Central European Time)";
     * Chinese writes the brackets full width, with no space before them: "2027年3月31日 23:59（中欧时间）".
     */
    public String dateTime(Instant instant, ZoneId zone) {
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                .format(instant.atZone(zone));
        String zoneName = zone.getDisplayName(java.time.format.TextStyle.FULL, locale);
        return locale.getLanguage().equals("zh") ? when + "（" + zoneName + "）" : when + " (" + zoneName + ")";
    }

    public String number(Number value) {
        return NumberFormat.getInstance(locale).format(value);
    }

    public String percent(double fraction) {
        return NumberFormat.getPercentInstance(locale).format(fraction);
    }

    /** A file size as {@link FileSize} writes it, digits as the page writes them, e.g. "1.5 GB", "1,5 Go", "1,5 ГБ". */
    public String size(long bytes) {
        return FileSize.of(bytes, IcuMessageSource.latinDigits(locale));
    }

    /**
     * A length in seconds as a number of minutes to one decimal, e.g. 1 or 2.5: a number, not text, so that the
     * message it goes into writes it in the reader's language and counts it with the right plural form.
     */
    public BigDecimal minutes(int seconds) {
        return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    public String iso(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
