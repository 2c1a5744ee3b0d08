package org.youthimages.storage.judging;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.edition.Criterion;
import org.youthimages.storage.testing.JudgingScenario;
import org.youthimages.storage.translation.EditionTranslations;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A juror reads the edition's own texts in the language of their account, where the organisers translated them. */
@MicronautTest(transactional = false)
class JurorTranslationsIT {

    @Inject ApplicationContext context;
    @Inject EditionTranslations translations;
    @Inject Scorecards scorecards;
    @Inject FilmDetails details;
    @Inject JudgingQueue queue;

    private JudgingScenario scenario;
    private ActingAccount french;
    private ActingAccount english;
    private Criterion story;
    private Criterion craft;

    @BeforeEach
    void anEditionPartlyTranslatedIntoFrench() {
        scenario = JudgingScenario.create(context);
        french = scenario.juror("Fleur Juror").withLocale("fr");
        english = scenario.juror("Emma Juror");
        scenario.assign(List.of(scenario.film("Borderlands")), french, english);
        story = scenario.criteria().get(0);
        craft = scenario.criteria().get(1);
        translations.save(scenario.organiser(), scenario.edition().id(), "fr", Map.of(
                "edition.name", "Youth Images (édition française)",
                "round." + scenario.round().id() + ".name", "Jury international",
                "category.AGE_13_17", "13 à 17 ans",
                "theme.MIGRATION.name", "Migration et exil",
                "criterion." + story.id() + ".name", "Récit",
                "criterion." + story.id() + ".guidance", "La force du récit",
                "criterion." + story.id() + ".anchor.1", "Faible",
                "criterion." + story.id() + ".anchor.10", "Remarquable"));
    }

    @Test
    void aFrenchJurorScoresOnTheFrenchCriteriaWhereAnEnglishJurorReadsThemAsWritten() {
        ScorecardSheet inFrench = scorecards.open(french, assignment(french));
        ScorecardSheet inEnglish = scorecards.open(english, assignment(english));

        assertThat(inFrench.criteria()).extracting(CriterionSheet::name)
                .containsExactly("Récit", "Craft", "Relevance to the theme");
        assertThat(inFrench.criteria()).extracting(CriterionSheet::guidance)
                .startsWith("La force du récit", craft.guidance());
        assertThat(inEnglish.criteria().getFirst()).extracting(CriterionSheet::name, CriterionSheet::guidance)
                .containsExactly(story.name(), story.guidance());
    }

    @Test
    void aFrenchJurorReadsTheScalesTranslatedLabelsAndAsWrittenThoseWithoutATranslation() {
        ScorecardSheet inFrench = scorecards.open(french, assignment(french));
        ScorecardSheet inEnglish = scorecards.open(english, assignment(english));

        assertThat(inFrench.criteria().getFirst().anchors())
                .containsExactly(Map.entry(1, "Faible"), Map.entry(5, "Solid"), Map.entry(10, "Remarquable"));
        assertThat(inFrench.criteria().get(1).anchors()).containsEntry(1, "Weak");
        assertThat(inEnglish.criteria().getFirst().anchors())
                .containsExactly(Map.entry(1, "Weak"), Map.entry(5, "Solid"), Map.entry(10, "Outstanding"));
    }

    @Test
    void aFrenchJurorReadsTheFilmsCategoryThemesAndRoundInFrenchWhereAnEnglishJurorReadsThemAsWritten() {
        FilmSheet inFrench = details.film(french, assignment(french));
        FilmSheet inEnglish = details.film(english, assignment(english));

        assertThat(inFrench).extracting(FilmSheet::roundName, FilmSheet::category, FilmSheet::themes)
                .containsExactly("Jury international", "13 à 17 ans", List.of("Migration et exil", "Diversity"));
        assertThat(inEnglish).extracting(FilmSheet::roundName, FilmSheet::category, FilmSheet::themes)
                .containsExactly("International jury", "13 to 17", List.of("Migration", "Diversity"));
    }

    @Test
    void aFrenchJurorsHomePageNamesTheRoundAndEditionInFrenchWhereAnEnglishJurorsNamesThemAsWritten() {
        RoundSummary inFrench = queue.rounds(french).getFirst();
        RoundSummary inEnglish = queue.rounds(english).getFirst();

        assertThat(inFrench).extracting(RoundSummary::roundName, RoundSummary::editionName)
                .containsExactly("Jury international", "Youth Images (édition française)");
        assertThat(inEnglish).extracting(RoundSummary::roundName, RoundSummary::editionName)
                .containsExactly("International jury", scenario.edition().name());
    }

    @Test
    void aFrenchJurorsQueueNamesTheAgeCategoriesInFrenchWhereAnEnglishJurorsNamesThemAsWritten() {
        long round = scenario.round().id();

        assertThat(queue.queue(french, round, QueueFilter.ALL, 0, 1).getFirst().category()).isEqualTo("13 à 17 ans");
        assertThat(queue.nextFilm(french, round).orElseThrow().category()).isEqualTo("13 à 17 ans");
        assertThat(queue.rounds(french).getFirst().next().category()).isEqualTo("13 à 17 ans");
        assertThat(queue.categories(french, round)).extracting(CategoryCount::name).containsExactly("13 à 17 ans");
        assertThat(queue.queue(english, round, QueueFilter.ALL, 0, 1).getFirst().category()).isEqualTo("13 to 17");
        assertThat(queue.categories(english, round)).extracting(CategoryCount::name).containsExactly("13 to 17");
    }

    private long assignment(ActingAccount juror) {
        return queue.queue(juror, scenario.round().id(), QueueFilter.ALL, 0, 1).getFirst().assignmentId();
    }
}
