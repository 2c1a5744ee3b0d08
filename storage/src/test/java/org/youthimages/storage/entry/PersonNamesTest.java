package org.youthimages.storage.entry;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PersonNamesTest {

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "小雨|王|王小雨",
            "Layla|Haddad|Layla Haddad",
            "Маша|Иванова|Маша Иванова",
            "سلمى|حداد|سلمى حداد",
            "Inès| Martin |Inès Martin",
            "Layla||Layla",
            "Layla|null|Layla",
            "|Haddad|Haddad"})
    void writesEachNameInTheOrderOfItsOwnScript(String given, String family, String full) {
        assertThat(PersonNames.full(given, family)).isEqualTo(full);
    }
}
