package org.youthimages.judging.edition.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthimages.judging.testing.ViewTesting;
import org.youthimages.storage.edition.AgeCategory;
import org.youthimages.storage.edition.AgeCategoryRepository;
import org.youthimages.storage.edition.CriterionRepository;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.edition.EditionIntake;
import org.youthimages.storage.edition.EditionRepository;
import org.youthimages.storage.edition.Round;
import org.youthimages.storage.edition.RoundRepository;
import org.youthimages.storage.testing.JudgingScenario;
import org.youthimages.storage.testing.SampleEditions;
import org.youthimages.storage.translation.EditionTranslations;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Setting up an edition through its screens, without a browser. */
@MicronautTest(transactional = false)
@Property(name = "yi.judging.enabled", value = "false")
class EditionSetupScreensIT {

    @Inject ApplicationContext context;
    @Inject EditionRepository editions;
    @Inject AgeCategoryRepository categories;
    @Inject RoundRepository rounds;
    @Inject CriterionRepository criteria;
    @Inject EditionTranslations translations;

    private JudgingScenario scenario;

    @BeforeEach
    void signIn() {
        scenario = JudgingScenario.create(context);
        ViewTesting.start(context);
        ViewTesting.signIn(scenario.organiser());
    }

    @AfterEach
    void stop() {
        ViewTesting.stop();
    }

    @Test
    void anOrganiserStartsANewEditionAndLandsOnItsSetUp() {
        EditionListView list = (EditionListView) ViewTesting.navigate("editions");
        com.github.mvysny.kaributesting.v10.LocatorJ._click(list.create);
        EditionSetupView setup = (EditionSetupView) ViewTesting.currentView();
        String slug = SampleEditions.uniqueSlug("screen");
        ViewTesting.userSets(setup.form.slug, slug);
        ViewTesting.userSets(setup.form.name, "Youth Images 2028");

        com.github.mvysny.kaributesting.v10.LocatorJ._click(setup.form.save);

        Edition created = editions.findBySlug(slug).orElseThrow();
        assertThat(created.name()).isEqualTo("Youth Images 2028");
        assertThat(created.state()).isEqualTo(Edition.State.DRAFT);
        assertThat(ViewTesting.currentPath()).isEqualTo("organiser/editions/" + created.id());
        assertThat(setup.tabs.getTabCount()).isEqualTo(7);
    }

    @Test
    void anOrganiserStartsNextYearsEditionFromThisYearsAndFindsItsPartsThere() {
        Edition earlier = scenario.edition();
        EditionListView list = (EditionListView) ViewTesting.navigate("editions");
        com.github.mvysny.kaributesting.v10.LocatorJ._click(list.create);
        EditionSetupView setup = (EditionSetupView) ViewTesting.currentView();

        ViewTesting.userSets(setup.startFrom, earlier);

        assertThat(setup.form.name.getValue()).isEqualTo(earlier.name() + " " + (earlier.year() + 1));
        assertThat(setup.form.year.getValue()).isEqualTo(earlier.year() + 1);
        assertThat(setup.form.themeText.getValue()).isEqualTo(earlier.themeText());
        assertThat(setup.keepJurors.isVisible()).isTrue();
        assertThat(setup.keepJurors.getValue()).as("panels come empty unless the organiser keeps them").isFalse();
        String slug = SampleEditions.uniqueSlug("next");
        ViewTesting.userSets(setup.form.slug, slug);
        com.github.mvysny.kaributesting.v10.LocatorJ._click(setup.form.save);

        Edition created = editions.findBySlug(slug).orElseThrow();
        assertThat(ViewTesting.currentPath()).isEqualTo("organiser/editions/" + created.id());
        assertThat(categories.findByEditionIdOrderByPosition(created.id())).extracting(AgeCategory::code)
                .containsExactly("UP_TO_12", "AGE_13_17", "AGE_18_25");
        assertThat(rounds.findByEditionIdOrderByPosition(created.id())).singleElement()
                .satisfies(r -> assertThat(r.state()).isEqualTo(Round.State.PLANNED));
        assertThat(ViewTesting.notifications()).anyMatch(n -> n.contains("Created from " + earlier.name()));
    }

    @Test
    void choosingNoEarlierEditionGoesBackToAnEmptyDraft() {
        EditionSetupView setup = (EditionSetupView) ViewTesting.navigate("organiser/editions/new");
        ViewTesting.userSets(setup.startFrom, scenario.edition());
        ViewTesting.userSets(setup.startFrom, null);

        assertThat(setup.form.themeText.getValue()).isEmpty();
        assertThat(setup.keepJurors.isVisible()).isFalse();
        assertThat(setup.form.name.getValue()).isEqualTo("Youth Images " + (java.time.LocalDate.now().getYear() + 1));
    }

    @Test
    void theListSaysHowManyFilmsEachEditionHasDrawnAndFromHowManyCountries() {
        scenario.film("Nairobi", "AGE_13_17", "KE");
        scenario.film("Lima", "AGE_18_25", "PE");
        scenario.film("Cusco", "AGE_18_25", "PE");

        EditionListView list = (EditionListView) ViewTesting.navigate("editions");

        int row = GridKt._findAll(list.grid).stream().map(Edition::id).toList().indexOf(scenario.edition().id());
        assertThat(GridKt._getFormatted(list.grid, row, "entries")).isEqualTo("3 films from 2 countries");
        assertThat(list.entries(new EditionIntake.Counts(0, 0, 2)))
                .isEqualTo("No film yet, 2 entries waiting for their film");
    }

    @Test
    void theListShowsWhenSubmissionsCloseToTheMinuteInTheEditionsTimeZone() {
        Edition edition = scenario.edition();
        editions.update(edition.withWindow(edition.submissionsOpenAt(), Instant.parse("2027-03-31T21:59:00Z")));

        EditionListView list = (EditionListView) ViewTesting.navigate("editions");

        int row = GridKt._findAll(list.grid).stream().map(Edition::id).toList().indexOf(edition.id());
        assertThat(GridKt._getFormatted(list.grid, row, "closes")).isEqualTo("2027-03-31 23:59 (Europe/Zurich)");
    }

    @Test
    void anOrganiserTranslatesTheEditionsTextsLanguageByLanguage() {
        long edition = scenario.edition().id();
        EditionSetupView setup = (EditionSetupView) ViewTesting.navigate("organiser/editions/" + edition);
        setup.tabs.setSelectedIndex(6);
        TranslationsEditor editor = com.github.mvysny.kaributesting.v10.LocatorJ._get(TranslationsEditor.class);
        assertThat(editor.language.getValue()).isEqualTo("fr");
        assertThat(editor.fields.get("theme.MIGRATION.name").getElement().getProperty("helperText"))
                .contains("Migration");

        ViewTesting.userSets(editor.fields.get("theme.MIGRATION.name"), "Migration et exil");
        com.github.mvysny.kaributesting.v10.LocatorJ._click(editor.save);
        ViewTesting.userSets(editor.language, "ar");
        assertThat(editor.fields.get("theme.MIGRATION.name").getValue()).isEmpty();
        ViewTesting.userSets(editor.fields.get("edition.name"), "صور الشباب");
        com.github.mvysny.kaributesting.v10.LocatorJ._click(editor.save);
        ViewTesting.userSets(editor.language, "fr");

        assertThat(editor.fields.get("theme.MIGRATION.name").getValue()).isEqualTo("Migration et exil");
        assertThat(translations.translations(scenario.organiser(), edition, "fr"))
                .containsExactly(java.util.Map.entry("theme.MIGRATION.name", "Migration et exil"));
        assertThat(translations.translations(scenario.organiser(), edition, "ar"))
                .containsExactly(java.util.Map.entry("edition.name", "صور الشباب"));

        ViewTesting.userSets(editor.fields.get("theme.MIGRATION.name"), "");
        com.github.mvysny.kaributesting.v10.LocatorJ._click(editor.save);

        assertThat(translations.translations(scenario.organiser(), edition, "fr")).isEmpty();
        assertThat(ViewTesting.notifications()).anyMatch(n -> n.contains("Translations saved"));
    }

    @Test
    void anOrganiserTranslatesEachLabelledPointOfACriterionsScale() {
        long edition = scenario.edition().id();
        long story = scenario.criteria().getFirst().id();
        EditionSetupView setup = (EditionSetupView) ViewTesting.navigate("organiser/editions/" + edition);
        setup.tabs.setSelectedIndex(6);
        TranslationsEditor editor = com.github.mvysny.kaributesting.v10.LocatorJ._get(TranslationsEditor.class);
        var outstanding = editor.fields.get("criterion." + story + ".anchor.10");
        assertThat(outstanding.getElement().getProperty("label"))
                .isEqualTo("Labelled point 10 of the criterion " + scenario.criteria().getFirst().name());
        assertThat(outstanding.getElement().getProperty("helperText")).contains("Outstanding");

        ViewTesting.userSets(outstanding, "Remarquable");
        com.github.mvysny.kaributesting.v10.LocatorJ._click(editor.save);

        assertThat(translations.translations(scenario.organiser(), edition, "fr"))
                .containsExactly(java.util.Map.entry("criterion." + story + ".anchor.10", "Remarquable"));
    }

    @Test
    void changingTheRulesOfAnEditionWithEntriesAsksFirstAndThenSaves() {
        scenario.film("Ninety-five seconds");
        EditionSetupView setup = (EditionSetupView) ViewTesting.navigate("organiser/editions/" + scenario.edition().id());
        ViewTesting.userSets(setup.form.maxSeconds, 60);

        com.github.mvysny.kaributesting.v10.LocatorJ._click(setup.form.save);

        assertThat(ViewTesting.allText(com.github.mvysny.kaributesting.v10.LocatorJ._get(
                com.vaadin.flow.component.confirmdialog.ConfirmDialog.class)))
                .contains("make 1 films received fall outside the new length limits (60 to 60 seconds)");
        assertThat(editions.findById(scenario.edition().id()).orElseThrow().maxFilmSeconds()).isEqualTo(300);
        ViewTesting.confirm();
        assertThat(editions.findById(scenario.edition().id()).orElseThrow().maxFilmSeconds()).isEqualTo(60);
        assertThat(ViewTesting.notifications()).contains("Saved");
    }

    @Test
    void refusesOverlappingAgeCategoriesWithAClearMessage() {
        EditionSetupView setup = (EditionSetupView) ViewTesting.navigate("organiser/editions/" + scenario.edition().id());
        setup.tabs.setSelectedIndex(1);
        CategoriesEditor editor = com.github.mvysny.kaributesting.v10.LocatorJ._get(CategoriesEditor.class);
        com.github.mvysny.kaributesting.v10.LocatorJ._click(editor.add);
        ViewTesting.userSets(ViewTesting.field(TextField.class, "Category"), "Over 25");
        ViewTesting.userSets(ViewTesting.field(TextField.class, "Code"), "OVER_25");
        ViewTesting.userSets(ViewTesting.field(IntegerField.class, "From age"), 25);
        ViewTesting.userSets(ViewTesting.field(IntegerField.class, "To age"), 30);

        ViewTesting.click("Save");

        assertThat(ViewTesting.notifications()).contains("These ages overlap with the category 18 to 25.");
        ViewTesting.userSets(ViewTesting.field(IntegerField.class, "From age"), 26);
        ViewTesting.click("Save");
        assertThat(categories.findByEditionIdOrderByPosition(scenario.edition().id())).extracting(AgeCategory::code)
                .containsExactly("UP_TO_12", "AGE_13_17", "AGE_18_25", "OVER_25");
        assertThat(GridKt._findAll(editor.grid)).hasSize(4);
        assertThat(setup).isNotNull();
    }

    @Test
    void addsARoundAndItsCriteria() {
        EditionSetupView setup = (EditionSetupView) ViewTesting.navigate("organiser/editions/" + scenario.edition().id());
        setup.tabs.setSelectedIndex(5);
        RoundsEditor editor = com.github.mvysny.kaributesting.v10.LocatorJ._get(RoundsEditor.class);
        com.github.mvysny.kaributesting.v10.LocatorJ._click(editor.add);
        ViewTesting.userSets(ViewTesting.field(TextField.class, "Round"), "Pre-selection");
        ViewTesting.click("Save");
        List<Round> all = rounds.findByEditionIdOrderByPosition(scenario.edition().id());
        assertThat(all).extracting(Round::name).containsExactly("International jury", "Pre-selection");

        new CriteriaDialog(context.getBean(org.youthimages.storage.edition.RoundSetup.class), all.get(1)).open();
        CriteriaDialog.CriteriaEditor criteriaEditor = com.github.mvysny.kaributesting.v10.LocatorJ._get(
                CriteriaDialog.CriteriaEditor.class);
        com.github.mvysny.kaributesting.v10.LocatorJ._click(criteriaEditor.add);
        ViewTesting.userSets(ViewTesting.field(TextField.class, "Criterion"), "Message");
        ViewTesting.userSets(ViewTesting.field(TextField.class, "Code"), "MESSAGE");
        ViewTesting.userSets(ViewTesting.field(TextField.class, "Labelled points"), "1=Weak; 10=Outstanding");
        ViewTesting.click("Save");

        assertThat(criteria.findByRoundIdOrderByPosition(all.get(1).id())).singleElement()
                .satisfies(c -> assertThat(c.anchors()).containsEntry("10", "Outstanding"));
    }
}
