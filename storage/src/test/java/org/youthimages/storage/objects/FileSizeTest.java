package org.youthimages.storage.objects;

import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileSizeTest {

    private static final long GIB = 1024L * 1024 * 1024;

    @Test
    void aSizeReadsInTheLargestUnitOf1024WithOneDecimalBelowTen() {
        assertThat(FileSize.of(2 * GIB, ULocale.ENGLISH)).isEqualTo("2 GB");
        assertThat(FileSize.of(GIB + GIB / 2, ULocale.ENGLISH)).isEqualTo("1.5 GB");
        assertThat(FileSize.of(4_200, ULocale.ENGLISH)).isEqualTo("4.1 kB");
        assertThat(FileSize.of(300 * 1024 * 1024, ULocale.ENGLISH)).isEqualTo("300 MB");
        assertThat(FileSize.of(700, ULocale.ENGLISH)).isEqualTo("700 byte");
    }

    @Test
    void theDecimalSignAndTheUnitsAreTheReaders() {
        assertThat(FileSize.of(GIB + GIB / 2, ULocale.FRENCH)).isEqualTo("1,5\u202fGo");
        assertThat(FileSize.of(GIB + GIB / 2, ULocale.forLanguageTag("es"))).isEqualTo("1,5 GB");
        assertThat(FileSize.of(512 * 1024, ULocale.forLanguageTag("ru"))).isEqualTo("512 кБ");
    }
}
