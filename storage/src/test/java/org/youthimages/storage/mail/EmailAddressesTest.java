package org.youthimages.storage.mail;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmailAddressesTest {

    @Test
    void anAddressWithOneAtAndADottedDomainLooksValidInAnyScript() {
        assertThat(EmailAddresses.looksValid("layla@example.org")).isTrue();
        assertThat(EmailAddresses.looksValid("ли.мин@пример.рф")).isTrue();
    }

    @Test
    void anAddressWithoutAnAtADomainDotOrWithSpacesIsRefused() {
        assertThat(EmailAddresses.looksValid("layla.example.org")).isFalse();
        assertThat(EmailAddresses.looksValid("layla@example")).isFalse();
        assertThat(EmailAddresses.looksValid("layla@@example.org")).isFalse();
        assertThat(EmailAddresses.looksValid("lay la@example.org")).isFalse();
        assertThat(EmailAddresses.looksValid("Layla <layla@example.org>")).isFalse();
    }

    @Test
    void anAddressLongerThanTwoHundredAndFiftyFourCharactersIsRefused() {
        String domain = "@example.org";
        assertThat(EmailAddresses.looksValid("a".repeat(254 - domain.length()) + domain)).isTrue();
        assertThat(EmailAddresses.looksValid("a".repeat(255 - domain.length()) + domain)).isFalse();
    }
}
