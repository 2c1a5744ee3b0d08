package org.youthimages.storage.edition;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthimages.storage.account.AccessDeniedException;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.audit.AuditEventRepository;
import org.youthimages.storage.decision.ConfirmationNeeded;
import org.youthimages.storage.decision.Refused;
import org.youthimages.storage.decision.Warning;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.testing.JudgingScenario;
import org.youthimages.storage.testing.SampleEditions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Organisers set up an edition; changes that would affect the entries received ask for confirmation first. */
@MicronautTest(transactional = false)
class EditionEditingIT {

    @Inject ApplicationContext context;
    @Inject EditionEditor editor;
    @Inject EditionParts parts;
    @Inject RoundSetup roundSetup;
    @Inject EditionRepository editions;
    @Inject AuditEventRepository audit;

    private JudgingScenario scenario;
    private ActingAccount organiser;

    @BeforeEach
    void anEditionWithOneEntry() {
        scenario = JudgingScenario.create(context);
        organiser = scenario.organiser();
    }

    @Test
    void createsAnEditionFromItsSettingsInItsTimeZone() {
        String slug = SampleEditions.uniqueSlug("new");
        EditionSettings draft = EditionSettings.draft(LocalDate.of(2026, 11, 23));
        EditionSettings settings = new EditionSettings(slug, "Youth Images 2027", 2027, "Belonging", "Rules",
                Edition.State.DRAFT, "Asia/Tokyo", draft.submissionsOpen(), draft.submissionsClose(), 60, 300, 5,
                draft.maxFileBytes(), 240, draft.ageCutoffDate(), null, 365);

        Edition created = editor.create(organiser, settings);

        assertThat(created.timeZone()).isEqualTo("Asia/Tokyo");
        assertThat(EditionSettings.of(created)).isEqualTo(settings);
        assertThat(audit.findByEditionIdOrderByAt(created.id())).extracting(e -> e.action()).contains("edition.create");
    }

    @Test
    void warnsBeforeAChangeThatWouldMakeReceivedFilmsTooLongOrMoveEntrantsToAnotherCategory() {
        scenario.film("Ninety-five seconds");
        EditionSettings current = EditionSettings.of(scenario.edition());
        EditionSettings stricter = new EditionSettings(current.slug(), current.name(), current.year(),
                current.themeText(), current.rulesText(), current.state(), current.timeZone(), current.submissionsOpen(),
                current.submissionsClose(), 30, 60, 5, current.maxFileBytes(), current.minVideoHeight(),
                LocalDate.of(2030, 6, 30), current.earliestCompletionDate(), current.retentionDays());

        assertThatThrownBy(() -> editor.update(organiser, scenario.edition().id(), stricter, false))
                .isInstanceOfSatisfying(ConfirmationNeeded.class, e -> assertThat(e.warnings())
                        .extracting(Warning::key).containsExactly("LENGTH_LIMITS", "AGE_CUTOFF"));
        assertThat(editions.findById(scenario.edition().id()).orElseThrow().maxFilmSeconds()).isEqualTo(300);

        editor.update(organiser, scenario.edition().id(), stricter, true);

        assertThat(editions.findById(scenario.edition().id()).orElseThrow().maxFilmSeconds()).isEqualTo(60);
        assertThat(audit.findBySubjectTypeAndSubjectIdOrderByAt("edition", scenario.edition().id().toString()))
                .last().satisfies(e -> assertThat(e.before()).contains("\"maxFilmSeconds\": 300"));
    }

    @Test
    void changesWithoutEntriesNeedNoConfirmation() {
        EditionSettings current = EditionSettings.of(scenario.edition());
        EditionSettings shorter = new EditionSettings(current.slug(), "Renamed", current.year(), current.themeText(),
                current.rulesText(), current.state(), current.timeZone(), current.submissionsOpen(),
                current.submissionsClose(), 30, 60, 5, current.maxFileBytes(), current.minVideoHeight(),
                current.ageCutoffDate(), current.earliestCompletionDate(), current.retentionDays());

        assertThat(editor.update(organiser, scenario.edition().id(), shorter, false).name()).isEqualTo("Renamed");
    }

    @Test
    void refusesBadSettingsAndATakenAddress() {
        EditionSettings current = EditionSettings.of(scenario.edition());
        EditionSettings backwards = new EditionSettings(current.slug(), current.name(), current.year(), "", "",
                current.state(), current.timeZone(), current.submissionsClose(), current.submissionsOpen(), 60, 300, 5,
                1, 240, current.ageCutoffDate(), null, null);
        assertThatThrownBy(() -> editor.update(organiser, scenario.edition().id(), backwards, true))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.key()).isEqualTo("settings.window"));

        EditionSettings taken = EditionSettings.draft(LocalDate.now());
        Edition other = editor.create(organiser, new EditionSettings(SampleEditions.uniqueSlug("other"),
                taken.name(), taken.year(), "", "", Edition.State.DRAFT, taken.timeZone(), taken.submissionsOpen(),
                taken.submissionsClose(), 60, 300, 5, 1000, 240, taken.ageCutoffDate(), null, null));
        EditionSettings copy = EditionSettings.of(other);
        assertThatThrownBy(() -> editor.update(organiser, other.id(), new EditionSettings(current.slug(), copy.name(),
                copy.year(), "", "", copy.state(), copy.timeZone(), copy.submissionsOpen(), copy.submissionsClose(), 60,
                300, 5, 1000, 240, copy.ageCutoffDate(), null, null), true))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.key()).isEqualTo("settings.slugTaken"));
    }

    @Test
    void refusesOverlappingCategoriesAndRemovingOneThatEntriesAreIn() {
        Entry film = scenario.film("In 13 to 17");
        long edition = scenario.edition().id();
        AgeCategory teens = parts.categories(organiser, edition).stream()
                .filter(c -> c.code().equals("AGE_13_17")).findFirst().orElseThrow();

        assertThatThrownBy(() -> parts.saveCategory(organiser, edition,
                new EditionParts.CategoryForm(null, "OLDER", "Older", 25, 30), true))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.key()).isEqualTo("category.overlap"));
        assertThatThrownBy(() -> parts.deleteCategory(organiser, teens.id()))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.key()).isEqualTo("category.inUse"));
        // the entrant was 16 at the cut-off: 13 to 15 would leave them out
        assertThatThrownBy(() -> parts.saveCategory(organiser, edition,
                new EditionParts.CategoryForm(teens.id(), "AGE_13_17", "13 to 15", 13, 15), false))
                .isInstanceOfSatisfying(ConfirmationNeeded.class,
                        e -> assertThat(e.warnings().getFirst().key()).isEqualTo("CATEGORY_BOUNDS"));
        assertThat(film.ageCategoryId()).isEqualTo(teens.id());
    }

    @Test
    void asksBeforeChangingCriteriaThatJurorsHaveScoredAndRefusesAScaleThatExcludesTheirScores() {
        Entry film = scenario.film("Scored");
        scenario.submit(film, scenario.juror("Ana"), 100, 9, 8, 7);
        long round = scenario.round().id();
        Criterion story = scenario.criteria().getFirst();
        CriterionForm heavier = new CriterionForm(story.id(), story.code(), story.name(), story.guidance(),
                new BigDecimal("5"), 1, 10, story.anchors());

        assertThatThrownBy(() -> roundSetup.saveCriterion(organiser, round, heavier, false))
                .isInstanceOfSatisfying(ConfirmationNeeded.class,
                        e -> assertThat(e.warnings().getFirst().key()).isEqualTo("SCORES_RECOMPUTED"));
        assertThat(roundSetup.saveCriterion(organiser, round, heavier, true).weight()).isEqualByComparingTo("5");
        assertThatThrownBy(() -> roundSetup.saveCriterion(organiser, round, new CriterionForm(story.id(), story.code(),
                story.name(), "", BigDecimal.ONE, 1, 5, Map.of()), true))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.key()).isEqualTo("criterion.scoresOutside"));
        assertThatThrownBy(() -> roundSetup.deleteCriterion(organiser, story.id()))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.key()).isEqualTo("criterion.inUse"));
    }

    @Test
    void keepsTheRoundsInTheOrderTheOrganiserSets() {
        long edition = scenario.edition().id();
        Round preselection = roundSetup.create(organiser, edition,
                RoundSettings.usual(Round.Kind.PRESELECTION, "Pre-selection"));

        roundSetup.move(organiser, preselection.id(), -1);

        assertThat(roundSetup.rounds(organiser, edition)).extracting(Round::name)
                .containsExactly("Pre-selection", "International jury");
    }

    @Test
    void keepsJurorsOutOfTheSetup() {
        ActingAccount juror = scenario.juror("Curious juror");

        assertThatThrownBy(() -> editor.editions(juror)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> parts.deleteCategory(juror, 1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roundSetup.rounds(juror, scenario.edition().id()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void parsesAndWritesScaleAnchors() {
        assertThat(CriterionForm.parseAnchors("1 = Weak; 10=Outstanding")).containsEntry("1", "Weak")
                .containsEntry("10", "Outstanding");
        assertThat(CriterionForm.formatAnchors(Map.of("10", "Outstanding", "2", "Weak"))).isEqualTo("2=Weak; 10=Outstanding");
        assertThatThrownBy(() -> CriterionForm.parseAnchors("great")).isInstanceOf(Refused.class);
    }
}
