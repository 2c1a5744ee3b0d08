package org.youthimages.storage.screening;

import org.junit.jupiter.api.Test;
import org.youthimages.storage.edition.AgeCategory;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.entry.Entry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The automatic checks, one rule at a time, against an edition of films of 60 to 300 s (5 s tolerance). */
class EligibilityRulesTest {

    private static final LocalDate CUTOFF = LocalDate.of(2027, 6, 30);
    private static final List<AgeCategory> CATEGORIES = List.of(new AgeCategory(1L, 9, "UP_TO_12", "Up to 12", 9, 12, 0),
            new AgeCategory(2L, 9, "AGE_13_17", "13 to 17", 13, 17, 1),
            new AgeCategory(3L, 9, "AGE_18_25", "18 to 25", 18, 25, 2));
    private static final Edition EDITION = new Edition(9L, "e", "E", 2027, "", "", Edition.State.LIVE, "Europe/Zurich",
            Instant.parse("2027-01-01T00:00:00Z"), Instant.parse("2027-07-01T00:00:00Z"), 60, 300, 5, 1_000_000, 240,
            CUTOFF, LocalDate.of(2026, 1, 1), null, false, null, null);

    private final EligibilityRules rules = new EligibilityRules(EDITION, CATEGORIES);

    @Test
    void passesAReadyFilmThatMeetsEveryRule() {
        assertThat(rules.check(facts().build()).stream().map(Check::outcome)).containsOnly(Check.Outcome.PASS);
    }

    @Test
    void measuresTheLengthFromTheFileWithTheTolerance() {
        assertThat(outcome(facts().withDuration(304_000L), Check.Rule.LENGTH)).isEqualTo(Check.Outcome.PASS);
        assertThat(rules(facts().withDuration(306_000L)).get(Check.Rule.LENGTH).detail()).isEqualTo("tooLong");
        assertThat(rules(facts().withDuration(40_000L)).get(Check.Rule.LENGTH).detail()).isEqualTo("tooShort");
        assertThat(outcome(facts().withDuration(null), Check.Rule.LENGTH)).isEqualTo(Check.Outcome.UNKNOWN);
    }

    @Test
    void computesTheAgeCategoryFromTheBirthDateAtTheCutOff() {
        // 18 on 30 June 2027 belongs in 18 to 25, not in 13 to 17 where it was entered
        Check moved = rules(facts().withBirth(LocalDate.of(2009, 6, 30))).get(Check.Rule.AGE_CATEGORY);
        assertThat(moved.outcome()).isEqualTo(Check.Outcome.FAIL);
        assertThat(moved.arguments()).containsExactly(18, "18 to 25", "13 to 17");
        assertThat(rules(facts().withBirth(LocalDate.of(1990, 1, 1))).get(Check.Rule.AGE_CATEGORY).detail())
                .isEqualTo("noCategory");
    }

    @Test
    void checksTheTeamsAgesAgainstTheEditionsLimits() {
        assertThat(outcome(facts().withTeam(List.of(16, 26)), Check.Rule.TEAM_AGES)).isEqualTo(Check.Outcome.FAIL);
        assertThat(outcome(facts().withTeam(List.of(9, 25)), Check.Rule.TEAM_AGES)).isEqualTo(Check.Outcome.PASS);
    }

    @Test
    void refusesAFilmCompletedBeforeTheEditionsDateOrAfterItWasEntered() {
        assertThat(rules(facts().withCompleted(LocalDate.of(2025, 12, 31))).get(Check.Rule.COMPLETION_DATE).detail())
                .isEqualTo("tooOld");
        assertThat(rules(facts().withCompleted(LocalDate.of(2027, 4, 1))).get(Check.Rule.COMPLETION_DATE).detail())
                .isEqualTo("future");
        assertThat(rules(facts().withCompleted(null)).get(Check.Rule.COMPLETION_DATE).detail()).isEqualTo("missing");
    }

    @Test
    void asksForTheGuardiansConfirmationForAMinorOnly() {
        assertThat(outcome(facts().withGuardian(true, false), Check.Rule.GUARDIAN_CONSENT)).isEqualTo(Check.Outcome.FAIL);
        assertThat(outcome(facts().withGuardian(false, false), Check.Rule.GUARDIAN_CONSENT)).isEqualTo(Check.Outcome.FAIL);
        assertThat(outcome(facts().withBirth(LocalDate.of(2005, 1, 1)).withGuardian(false, false),
                Check.Rule.GUARDIAN_CONSENT)).isEqualTo(Check.Outcome.PASS);
    }

    @Test
    void wantsSubtitlesWhenTheFilmIsNotInEnglish() {
        assertThat(outcome(facts().withLanguages("sw", null, List.of()), Check.Rule.SUBTITLES)).isEqualTo(Check.Outcome.FAIL);
        assertThat(rules(facts().withLanguages("sw", null, List.of("en"))).get(Check.Rule.SUBTITLES).detail())
                .isEqualTo("file");
        assertThat(rules(facts().withLanguages("sw", "en", List.of())).get(Check.Rule.SUBTITLES).detail())
                .isEqualTo("burntIn");
        assertThat(outcome(facts().withLanguages("en-GB", null, List.of()), Check.Rule.SUBTITLES))
                .isEqualTo(Check.Outcome.PASS);
    }

    @Test
    void flagsTheSameFileEnteredTwiceAndMediaProblems() {
        Check duplicate = rules(facts().withDuplicates(List.of("YI-2027-AAAAA"))).get(Check.Rule.DUPLICATE);
        assertThat(duplicate.outcome()).isEqualTo(Check.Outcome.FAIL);
        assertThat(duplicate.arguments()).containsExactly("YI-2027-AAAAA");
        assertThat(rules(facts().withStatus(Entry.Status.REJECTED, "NOT_DECODABLE")).get(Check.Rule.MEDIA).arguments())
                .containsExactly("NOT_DECODABLE");
        assertThat(outcome(facts().withStatus(Entry.Status.PROCESSING, null), Check.Rule.MEDIA))
                .isEqualTo(Check.Outcome.UNKNOWN);
    }

    private Check.Outcome outcome(Facts facts, Check.Rule rule) {
        return rules(facts).get(rule).outcome();
    }

    private Map<Check.Rule, Check> rules(Facts facts) {
        return rules.check(facts.build()).stream().collect(Collectors.toMap(Check::rule, Function.identity()));
    }

    private static Facts facts() {
        return new Facts(Entry.Status.READY, null, 95_000L, LocalDate.of(2011, 3, 4), true, true,
                LocalDate.of(2027, 1, 15), "sw", "en", List.of("en"), List.of(16), List.of());
    }

    /** A 15-year-old's entry in 13 to 17, entered on 1 March 2027, that meets every rule; each with… changes one fact. */
    private record Facts(Entry.Status status, String rejection, Long durationMs, LocalDate birth, boolean guardian,
                         boolean confirmed, LocalDate completed, String language, String subtitleLanguage,
                         List<String> subtitleFiles, List<Integer> team, List<String> duplicates) {

        EntryFacts build() {
            return new EntryFacts(1, status, rejection, durationMs, 2L, birth, false, LocalDate.of(2027, 3, 1),
                    guardian, confirmed, completed, language, subtitleLanguage, subtitleFiles, team, duplicates);
        }

        Facts withDuration(Long ms) {
            return new Facts(status, rejection, ms, birth, guardian, confirmed, completed, language, subtitleLanguage,
                    subtitleFiles, team, duplicates);
        }

        Facts withBirth(LocalDate date) {
            return new Facts(status, rejection, durationMs, date, guardian, confirmed, completed, language,
                    subtitleLanguage, subtitleFiles, team, duplicates);
        }

        Facts withTeam(List<Integer> ages) {
            return new Facts(status, rejection, durationMs, birth, guardian, confirmed, completed, language,
                    subtitleLanguage, subtitleFiles, ages, duplicates);
        }

        Facts withCompleted(LocalDate date) {
            return new Facts(status, rejection, durationMs, birth, guardian, confirmed, date, language,
                    subtitleLanguage, subtitleFiles, team, duplicates);
        }

        Facts withGuardian(boolean exists, boolean hasConfirmed) {
            return new Facts(status, rejection, durationMs, birth, exists, hasConfirmed, completed, language,
                    subtitleLanguage, subtitleFiles, team, duplicates);
        }

        Facts withLanguages(String original, String subtitles, List<String> files) {
            return new Facts(status, rejection, durationMs, birth, guardian, confirmed, completed, original, subtitles,
                    files, team, duplicates);
        }

        Facts withDuplicates(List<String> references) {
            return new Facts(status, rejection, durationMs, birth, guardian, confirmed, completed, language,
                    subtitleLanguage, subtitleFiles, team, references);
        }

        Facts withStatus(Entry.Status newStatus, String code) {
            return new Facts(newStatus, code, durationMs, birth, guardian, confirmed, completed, language,
                    subtitleLanguage, subtitleFiles, team, duplicates);
        }
    }
}
