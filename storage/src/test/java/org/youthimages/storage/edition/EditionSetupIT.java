package org.youthimages.storage.edition;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.youthimages.storage.testing.SampleEditions;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
class EditionSetupIT {

    @Inject EditionSetup setup;
    @Inject EditionRepository editions;
    @Inject AgeCategoryRepository categories;
    @Inject RoundRepository rounds;
    @Inject CriterionRepository criteria;

    @Test
    void storesAnEditionWithItsCategoriesRoundsAndCriteria() {
        String slug = SampleEditions.uniqueSlug("setup");
        Edition created = setup.create(SampleEditions.openEdition(slug));

        Edition found = editions.findBySlug(slug).orElseThrow();
        assertThat(found.id()).isEqualTo(created.id());
        assertThat(found.acceptsEntriesAt(Instant.now())).isTrue();
        assertThat(categories.findByEditionIdOrderByPosition(found.id()))
                .extracting(AgeCategory::code).containsExactly("UP_TO_12", "AGE_13_17", "AGE_18_25");
        Round jury = rounds.findByEditionIdOrderByPosition(found.id()).getFirst();
        assertThat(criteria.findByRoundIdOrderByPosition(jury.id()))
                .extracting(Criterion::code).containsExactly("STORY", "CRAFT", "THEME");
        assertThat(criteria.findByRoundIdOrderByPosition(jury.id()).getFirst().anchors())
                .containsEntry("10", "Outstanding");
    }

    @Test
    void refusesOverlappingAgeCategoriesAndKeepsNothingOfTheEdition() {
        String slug = SampleEditions.uniqueSlug("overlap");
        EditionPlan valid = SampleEditions.openEdition(slug);
        EditionPlan overlapping = new EditionPlan(valid.slug(), valid.name(), valid.year(), valid.themeText(),
                valid.rulesText(), valid.state(), valid.timeZone(), valid.submissionsOpenAt(),
                valid.submissionsCloseAt(), valid.minFilmSeconds(), valid.maxFilmSeconds(), valid.maxFileBytes(),
                valid.ageCutoffDate(), false,
                java.util.List.of(new EditionPlan.Category("A", "10 to 15", 10, 15),
                        new EditionPlan.Category("B", "14 to 18", 14, 18)),
                valid.themes(), valid.prizes(), valid.rounds());

        assertThatThrownBy(() -> setup.create(overlapping)).hasMessageContaining("age_category_bands_disjoint");
        assertThat(editions.findBySlug(slug)).isEmpty();
    }

    @Test
    void refusesASubmissionWindowThatClosesBeforeItOpens() {
        EditionPlan valid = SampleEditions.openEdition(SampleEditions.uniqueSlug("window"));
        EditionPlan backwards = new EditionPlan(valid.slug(), valid.name(), valid.year(), valid.themeText(),
                valid.rulesText(), valid.state(), valid.timeZone(), valid.submissionsCloseAt(),
                valid.submissionsOpenAt(), valid.minFilmSeconds(), valid.maxFilmSeconds(), valid.maxFileBytes(),
                valid.ageCutoffDate(), false, valid.categories(), valid.themes(), valid.prizes(), valid.rounds());

        assertThatThrownBy(() -> setup.create(backwards)).hasMessageContaining("edition_check");
    }

    @Test
    void refusesAnUnknownTimeZoneBeforeReachingTheDatabase() {
        EditionPlan valid = SampleEditions.openEdition(SampleEditions.uniqueSlug("zone"));
        assertThatThrownBy(() -> new Edition(null, valid.slug(), "x", 2027, "", "", Edition.State.DRAFT,
                "Mars/Olympus_Mons", valid.submissionsOpenAt(), valid.submissionsCloseAt(), 60, 300, 5, 1000, 240,
                valid.ageCutoffDate(), null, null, false, null, null))
                .hasMessageContaining("Mars/Olympus_Mons");
    }
}
