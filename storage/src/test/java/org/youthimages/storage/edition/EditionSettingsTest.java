package org.youthimages.storage.edition;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** A new edition's starting points: an empty draft, or the edition it follows one year later. */
class EditionSettingsTest {

    @Test
    void followingAnEditionMovesItsYearNameAndDatesOnAndKeepsItsRules() {
        Edition e2027 = new Edition(1L, "youth-images-2027", "Youth Images 2027", 2027, "Belonging", "Rules",
                Edition.State.ARCHIVED, "America/New_York",
                LocalDateTime.of(2027, 1, 10, 0, 0).atZone(ZoneId.of("America/New_York")).toInstant(),
                LocalDateTime.of(2027, 6, 30, 23, 59).atZone(ZoneId.of("America/New_York")).toInstant(), 60, 300, 5,
                1024L * 1024 * 1024, 360, LocalDate.of(2027, 6, 30), LocalDate.of(2026, 1, 1), 365, true,
                Instant.now(), Instant.now());

        EditionSettings next = EditionSettings.after(e2027, LocalDate.of(2027, 7, 2));

        assertThat(next.slug()).isEqualTo("youth-images-2028");
        assertThat(next.name()).isEqualTo("Youth Images 2028");
        assertThat(next.year()).isEqualTo(2028);
        assertThat(next.state()).isEqualTo(Edition.State.DRAFT);
        assertThat(next.timeZone()).isEqualTo("America/New_York");
        assertThat(next.submissionsOpen()).isEqualTo(LocalDateTime.of(2028, 1, 10, 0, 0));
        assertThat(next.submissionsClose()).isEqualTo(LocalDateTime.of(2028, 6, 30, 23, 59));
        assertThat(next.ageCutoffDate()).isEqualTo(LocalDate.of(2028, 6, 30));
        assertThat(next.earliestCompletionDate()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(next.minVideoHeight()).isEqualTo(360);
        assertThat(next.retentionDays()).isEqualTo(365);
        assertThat(EditionSettings.after(e2027, LocalDate.of(2030, 2, 1)).year()).isEqualTo(2031);
        assertThat(EditionSettings.withYear("Youth Images 2027 (2027 edition, 20270 views)", 2027, 2028))
                .isEqualTo("Youth Images 2028 (2028 edition, 20270 views)");
    }

    @Test
    void anEditionWithoutAYearInItsNamesGetsTheNewOneAddedAndAFreshAddressName() {
        Edition demo = new Edition(1L, "demo", "Youth Images (demo)", 2027, "", "", Edition.State.LIVE,
                "Europe/Zurich", Instant.parse("2026-12-01T00:00:00Z"), Instant.parse("2027-12-03T22:59:00Z"), 60, 300,
                5, 1024L * 1024 * 1024, 240, LocalDate.of(2027, 6, 30), null, null, true, null, null);

        EditionSettings next = EditionSettings.after(demo, LocalDate.of(2026, 12, 3));

        assertThat(next.name()).isEqualTo("Youth Images (demo) 2028");
        assertThat(next.slug()).isEqualTo("youth-images-2028");
        assertThat(next.earliestCompletionDate()).isNull();
        assertThat(next.submissionsClose()).isEqualTo(LocalDateTime.of(2028, 12, 3, 23, 59));
    }

    @Test
    void textsPastedFromAnotherDocumentKeepTheirParagraphsButNoControlCharactersAndTheNameStaysOnOneLine() {
        EditionSettings d = EditionSettings.draft(LocalDate.of(2026, 12, 6));

        EditionSettings pasted = new EditionSettings(d.slug(), "Youth Images\r\n2027\u0000", d.year(),
                "Belonging\u000b", "1. Films of 1 to 5 minutes.\r\n2. Any language.\u0000\r\n", d.state(),
                d.timeZone(), d.submissionsOpen(), d.submissionsClose(), d.minFilmSeconds(), d.maxFilmSeconds(),
                d.lengthToleranceSeconds(), d.maxFileBytes(), d.minVideoHeight(), d.ageCutoffDate(),
                d.earliestCompletionDate(), d.retentionDays());

        assertThat(pasted.name()).isEqualTo("Youth Images 2027");
        assertThat(pasted.themeText()).isEqualTo("Belonging");
        assertThat(pasted.rulesText()).isEqualTo("1. Films of 1 to 5 minutes.\n2. Any language.");
    }
}
