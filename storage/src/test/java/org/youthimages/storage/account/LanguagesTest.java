package org.youthimages.storage.account;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class LanguagesTest {

    @Test
    void anEnglishReaderGetsEnglishEvenOnAServerWhoseDefaultLanguageIsFrench() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRENCH);

            assertThat(Languages.texts("i18n.account-emails", Locale.ENGLISH).getString("invitation.subject"))
                    .isEqualTo("You are invited to the Youth Images jury");
            assertThat(Languages.texts("i18n.account-emails", Locale.forLanguageTag("es"))
                    .getString("invitation.subject")).isNotEqualTo("You are invited to the Youth Images jury");
        } finally {
            Locale.setDefault(before);
        }
    }
}
