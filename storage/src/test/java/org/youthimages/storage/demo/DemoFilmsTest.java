package org.youthimages.storage.demo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoFilmsTest {

    @Test
    void mailboxNamesKeepTheLettersUnderAccents() {
        assertThat(DemoFilms.mailboxName("Inès")).isEqualTo("ines");
        assertThat(DemoFilms.mailboxName("Hernández")).isEqualTo("hernandez");
        assertThat(DemoFilms.mailboxName("O'Brien-Núñez")).isEqualTo("obriennunez");
    }
}
