package org.youthimages.storage.submission;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceCodesTest {

    @Test
    void makesShortReadableReferencesWithoutLookAlikeCharacters() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String reference = ReferenceCodes.next(2027);
            assertThat(reference).matches("^YI-2027-[0-9A-Z]{5}$");
            assertThat(reference.substring(8)).doesNotContain("0", "O", "1", "I", "L", "U", "V");
            seen.add(reference);
        }
        assertThat(seen).hasSizeGreaterThan(1990);
    }

    @Test
    void privateTokensAreLongRandomAndOnlyTheirHashIsKept() {
        String token = SecretTokens.newToken();
        assertThat(SecretTokens.looksValid(token)).isTrue();
        assertThat(SecretTokens.hash(token)).matches("[0-9a-f]{64}").isNotEqualTo(token);
        assertThat(SecretTokens.looksValid("../../etc/passwd")).isFalse();
    }
}
