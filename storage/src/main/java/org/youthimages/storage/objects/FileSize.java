package org.youthimages.storage.objects;

import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;

/**
 * A stored file's size as its reader's language writes it, the same on the public pages and in the judging
 * interface: in the largest unit (of 1024) that keeps it above 1, one decimal below 10, e.g. "1.5 GB", "1,5 Go",
 * "512 кБ", "700 byte". The edition's size limit reads the same way, so "2 GB" is exactly the limit.
 */
public final class FileSize {

    private static final MeasureUnit[] UNITS = {MeasureUnit.BYTE, MeasureUnit.KILOBYTE, MeasureUnit.MEGABYTE,
            MeasureUnit.GIGABYTE, MeasureUnit.TERABYTE};

    private FileSize() {
    }

    public static String of(long bytes, ULocale reader) {
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        NumberFormat number = NumberFormat.getInstance(reader);
        number.setMaximumFractionDigits(value < 10 && unit > 0 ? 1 : 0);
        return MeasureFormat.getInstance(reader, MeasureFormat.FormatWidth.SHORT, number)
                .format(new Measure(value, UNITS[unit]));
    }
}
