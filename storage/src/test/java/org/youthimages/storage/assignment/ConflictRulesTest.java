package org.youthimages.storage.assignment;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConflictRulesTest {

    @Test
    void seesTheSameSchoolDespiteCaseAccentsAndPunctuation() {
        ConflictRules rules = new ConflictRules(false, true);
        assertThat(rules.conflicting(new ConflictRules.Party(1, "SN", "Lycée  Blaise-Diagne"),
                new ConflictRules.Party(2, "FR", "lycee blaise diagne"))).isTrue();
    }

    @Test
    void flagsTheSameCountryOnlyWhenTheRoundAsksForIt() {
        ConflictRules.Party film = new ConflictRules.Party(1, "KE", null);
        ConflictRules.Party juror = new ConflictRules.Party(2, "KE", "IOM");
        assertThat(new ConflictRules(true, true).conflicting(film, juror)).isTrue();
        assertThat(new ConflictRules(false, true).conflicting(film, juror)).isFalse();
    }

    @Test
    void neverTreatsTwoMissingOrganisationsAsTheSame() {
        ConflictRules rules = new ConflictRules(true, true);
        assertThat(rules.detect(List.of(new ConflictRules.Party(1, null, null)),
                List.of(new ConflictRules.Party(2, null, " ")))).isEmpty();
    }
}
