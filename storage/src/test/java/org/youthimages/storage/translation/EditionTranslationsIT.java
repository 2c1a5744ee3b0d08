package org.youthimages.storage.translation;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthimages.storage.account.AccessDeniedException;
import org.youthimages.storage.audit.AuditEventRepository;
import org.youthimages.storage.decision.Refused;
import org.youthimages.storage.edition.AgeCategoryRepository;
import org.youthimages.storage.edition.Criterion;
import org.youthimages.storage.edition.CriterionRepository;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.edition.Theme;
import org.youthimages.storage.edition.ThemeRepository;
import org.youthimages.storage.testing.JudgingScenario;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
class EditionTranslationsIT {

    @Inject ApplicationContext context;
    @Inject EditionTranslations translations;
    @Inject ThemeRepository themes;
    @Inject AgeCategoryRepository categories;
    @Inject CriterionRepository criteria;
    @Inject AuditEventRepository audit;

    private JudgingScenario scenario;
    private long edition;

    @BeforeEach
    void edition() {
        scenario = JudgingScenario.create(context);
        edition = scenario.edition().id();
    }

    @Test
    void listsEveryTextOfTheEditionWithItsOriginal() {
        List<TranslatableText> texts = translations.texts(scenario.organiser(), edition);

        assertThat(texts).extracting(TranslatableText::key).startsWith("edition.name", "edition.theme", "edition.rules")
                .contains("category.AGE_13_17", "theme.MIGRATION.name", "theme.MIGRATION.description",
                        "prize.XENOPHOBIA.name", "round." + scenario.round().id() + ".name");
        assertThat(texts).filteredOn(t -> t.key().equals("theme.MIGRATION.description")).singleElement()
                .satisfies(t -> {
                    assertThat(t.original()).isEqualTo("Journeys and arrivals");
                    assertThat(t.owner()).isEqualTo("Migration");
                    assertThat(t.field().multiline()).isTrue();
                });
    }

    @Test
    void listsTheLabelledPointsOfEachCriterionsScaleLowestFirstAfterItsGuidance() {
        Criterion story = criteria.findByRoundIdOrderByPosition(scenario.round().id()).getFirst();
        String criterion = "criterion." + story.id();

        List<TranslatableText> texts = translations.texts(scenario.organiser(), edition);

        assertThat(texts).extracting(TranslatableText::key).containsSequence(criterion + ".guidance",
                criterion + ".anchor.1", criterion + ".anchor.5", criterion + ".anchor.10");
        assertThat(texts).filteredOn(t -> t.key().equals(criterion + ".anchor.10")).singleElement()
                .extracting(TranslatableText::field, TranslatableText::owner, TranslatableText::detail,
                        TranslatableText::original)
                .containsExactly(TranslatableText.Field.CRITERION_ANCHOR, story.name(), "10", "Outstanding");
    }

    @Test
    void readersSeeTheTranslationsOfTheirLanguageAndTheOriginalElsewhere() {
        Criterion story = criteria.findByRoundIdOrderByPosition(scenario.round().id()).getFirst();
        translations.save(scenario.organiser(), edition, "fr", Map.of(
                "edition.name", "Youth Images (édition française)",
                "theme.MIGRATION.name", "Migration et exil",
                "category.AGE_13_17", "13 à 17 ans",
                "criterion." + story.id() + ".name", "Récit"));
        Theme migration = themes.findByEditionIdOrderByPosition(edition).getFirst();

        EditionTexts french = translations.forReaders(edition, "fr");
        EditionTexts arabic = translations.forReaders(edition, "ar");

        assertThat(french.of(scenario.edition()).name()).isEqualTo("Youth Images (édition française)");
        assertThat(french.of(scenario.edition()).themeText()).isEqualTo(scenario.edition().themeText());
        assertThat(french.of(migration).name()).isEqualTo("Migration et exil");
        assertThat(french.of(migration).description()).isEqualTo("Journeys and arrivals");
        assertThat(french.of(migration).code()).isEqualTo("MIGRATION");
        assertThat(french.of(story).name()).isEqualTo("Récit");
        assertThat(categories.findByEditionIdOrderByPosition(edition)).extracting(c -> french.of(c).name())
                .containsExactly("Up to 12", "13 à 17 ans", "18 to 25");
        assertThat(arabic.of(migration).name()).isEqualTo("Migration");
        assertThat(themes.findById(migration.id()).orElseThrow().name()).as("the original is kept").isEqualTo("Migration");
    }

    @Test
    void aTranslationPastedWithAControlCharacterIsKeptWithoutIt() {
        translations.save(scenario.organiser(), edition, "es", Map.of("theme.MIGRATION.name", "Migra\u0000ción\u000b"));

        assertThat(translations.translations(scenario.organiser(), edition, "es"))
                .containsEntry("theme.MIGRATION.name", "Migración");
    }

    @Test
    void aBlankTranslationBringsBackTheOriginalAndEveryChangeIsAudited() {
        translations.save(scenario.organiser(), edition, "es", Map.of("theme.MIGRATION.name", "Migración"));
        Map<String, String> cleared = new HashMap<>();
        cleared.put("theme.MIGRATION.name", "  ");

        translations.save(scenario.organiser(), edition, "es", cleared);

        assertThat(translations.translations(scenario.organiser(), edition, "es")).isEmpty();
        assertThat(audit.findBySubjectTypeAndSubjectIdOrderByAt("edition", String.valueOf(edition)))
                .filteredOn(e -> e.action().equals("edition.translate")).hasSize(2)
                .last().satisfies(e -> assertThat(e.before()).contains("Migración"));
    }

    @Test
    void refusesTextsTheEditionDoesNotHaveOtherLanguagesAndJurors() {
        assertThatThrownBy(() -> translations.save(scenario.organiser(), edition, "fr",
                Map.of("theme.NOPE.name", "Rien"))).isInstanceOfSatisfying(Refused.class,
                e -> assertThat(e.key()).isEqualTo("translation.unknownText"));
        assertThatThrownBy(() -> translations.save(scenario.organiser(), edition, "de",
                Map.of("edition.name", "Jugendbilder"))).isInstanceOfSatisfying(Refused.class,
                e -> assertThat(e.key()).isEqualTo("translation.language"));
        assertThatThrownBy(() -> translations.save(scenario.juror("jo"), edition, "fr",
                Map.of("edition.name", "Nom"))).isInstanceOf(AccessDeniedException.class);
        assertThat(translations.translations(scenario.organiser(), edition, "fr")).isEmpty();
    }

    @Test
    void anEditionWithoutTranslationsReadsAsWritten() {
        Edition original = scenario.edition();

        assertThat(translations.forReaders(original.id(), "zh").of(original)).isEqualTo(original);
    }
}
