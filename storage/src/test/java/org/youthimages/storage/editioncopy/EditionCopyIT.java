package org.youthimages.storage.editioncopy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthimages.storage.account.AccessDeniedException;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.audit.AuditEventRepository;
import org.youthimages.storage.decision.Refused;
import org.youthimages.storage.edition.AgeCategory;
import org.youthimages.storage.edition.Criterion;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.edition.EditionContents;
import org.youthimages.storage.edition.EditionIntake;
import org.youthimages.storage.edition.EditionParts;
import org.youthimages.storage.edition.EditionRepository;
import org.youthimages.storage.edition.EditionSettings;
import org.youthimages.storage.edition.Prize;
import org.youthimages.storage.edition.Round;
import org.youthimages.storage.edition.Theme;
import org.youthimages.storage.judging.JuryPanel;
import org.youthimages.storage.judging.JuryPanels;
import org.youthimages.storage.testing.JudgingScenario;
import org.youthimages.storage.testing.SampleEditions;
import org.youthimages.storage.translation.EditionTranslations;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Organisers start next year's edition from this year's: its parts come along, its entries and judging do not. */
@MicronautTest(transactional = false)
class EditionCopyIT {

    private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");

    @Inject ApplicationContext context;
    @Inject EditionCopy copy;
    @Inject EditionContents contents;
    @Inject EditionParts parts;
    @Inject EditionRepository editions;
    @Inject EditionIntake intake;
    @Inject EditionTranslations translations;
    @Inject JuryPanels panels;
    @Inject AuditEventRepository audit;

    private JudgingScenario scenario;
    private ActingAccount organiser;
    private Edition earlier;
    private JuryPanel jury;

    @BeforeEach
    void anEditionWithAJuryAFilmAndTranslations() {
        scenario = JudgingScenario.create(context);
        organiser = scenario.organiser();
        earlier = scenario.edition();
        ActingAccount juror = scenario.juror("Amal Juror");
        jury = scenario.panel(juror);
        scenario.dates(LocalDateTime.of(2027, 7, 1, 9, 0).atZone(ZURICH).toInstant(),
                LocalDateTime.of(2027, 7, 31, 18, 0).atZone(ZURICH).toInstant());
        Prize prize = parts.prizes(organiser, earlier.id()).getFirst();
        parts.savePrize(organiser, earlier.id(), new EditionParts.PrizeForm(prize.id(), prize.kind(), prize.code(),
                prize.name(), prize.description(), null, jury.id()));
        scenario.film("Last year's film");
        translations.save(organiser, earlier.id(), "fr", Map.of(
                "edition.name", "Images de jeunes " + earlier.year(),
                "theme.MIGRATION.name", "Migration et exil",
                "round." + scenario.round().id() + ".name", "Jury international",
                "criterion." + scenario.criteria().getFirst().id() + ".name", "Narration",
                "criterion." + scenario.criteria().getFirst().id() + ".anchor.10", "Remarquable"));
    }

    @Test
    void theNewEditionTakesTheEarlierOnesPartsAndTheSettingsTheOrganiserGave() {
        EditionSettings settings = nextYear();

        Edition created = copy.createFrom(organiser, earlier.id(), settings, false);

        assertThat(EditionSettings.of(created)).isEqualTo(settings);
        EditionContents.Contents before = contents.of(earlier);
        EditionContents.Contents after = contents.of(created);
        assertThat(after.categories()).extracting(AgeCategory::code, AgeCategory::name, AgeCategory::minAge,
                AgeCategory::maxAge).containsExactlyElementsOf(before.categories().stream()
                .map(c -> org.assertj.core.groups.Tuple.tuple(c.code(), c.name(), c.minAge(), c.maxAge())).toList());
        assertThat(after.themes()).extracting(Theme::code, Theme::description)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MIGRATION", "Journeys and arrivals"),
                        org.assertj.core.groups.Tuple.tuple("DIVERSITY", "Living together"));
        assertThat(after.rounds()).hasSize(1);
        assertThat(after.rounds().getFirst().criteria()).extracting(Criterion::code, Criterion::weight,
                Criterion::anchors).containsExactlyElementsOf(before.rounds().getFirst().criteria().stream()
                .map(c -> org.assertj.core.groups.Tuple.tuple(c.code(), c.weight(), c.anchors())).toList());
        assertThat(after.rounds().getFirst().criteria()).extracting(Criterion::roundId)
                .containsOnly(after.rounds().getFirst().round().id());
    }

    @Test
    void jurorsAreChosenAnewWhileThePanelsAndWhatTheyJudgeComeAlong() {
        Edition created = copy.createFrom(organiser, earlier.id(), nextYear(), false);

        List<JuryPanels.Panel> newPanels = panels.panels(organiser, created.id());
        assertThat(newPanels).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo(jury.name());
            assertThat(p.id()).isNotEqualTo(jury.id());
            assertThat(p.members()).isEmpty();
        });
        long newPanel = newPanels.getFirst().id();
        assertThat(parts.prizes(organiser, created.id())).singleElement()
                .satisfies(p -> assertThat(p.panelId()).isEqualTo(newPanel));
        Round round = contents.of(created).rounds().getFirst().round();
        assertThat(round.panelId()).isEqualTo(newPanel);
        assertThat(panels.panels(organiser, earlier.id()).getFirst().members()).hasSize(1);
    }

    @Test
    void anOrganiserMayKeepEachPanelsJurorsWhoCanStillSignIn() {
        ActingAccount retired = scenario.juror("Ret Ired");
        context.getBean(org.youthimages.storage.judging.JuryPanelMemberRepository.class)
                .save(new org.youthimages.storage.judging.JuryPanelMember(null, jury.id(), retired.id()));
        var accounts = context.getBean(org.youthimages.storage.account.AccountRepository.class);
        var account = accounts.findById(retired.id()).orElseThrow();
        accounts.update(new org.youthimages.storage.account.Account(account.id(), account.email(),
                account.displayName(), account.passwordHash(), account.locale(), account.organisation(),
                account.countryCode(), false, account.failedSignIns(), account.lockedUntil(), account.roles(),
                account.createdAt(), account.lastSignInAt(), account.passwordChangedAt(), account.lowBandwidth(),
                account.localeChosen()));

        Edition created = copy.createFrom(organiser, earlier.id(), nextYear(), true);

        assertThat(panels.panels(organiser, created.id())).singleElement().satisfies(p ->
                assertThat(p.members()).extracting(JuryPanels.Juror::name).containsExactly("Amal Juror"));
        assertThat(audit.findByEditionIdOrderByAt(created.id()).getLast().after()).contains("\"jurors\": 1");
    }

    @Test
    void roundsStartPlannedWithTheirDatesMovedAsFarAsTheDeadline() {
        EditionSettings settings = nextYear();
        long days = java.time.temporal.ChronoUnit.DAYS.between(
                LocalDateTime.ofInstant(earlier.submissionsCloseAt(), ZURICH).toLocalDate(),
                settings.submissionsClose().toLocalDate());

        Edition created = copy.createFrom(organiser, earlier.id(), settings, false);

        Round round = contents.of(created).rounds().getFirst().round();
        assertThat(scenario.round().state()).isEqualTo(Round.State.OPEN);
        assertThat(round.state()).isEqualTo(Round.State.PLANNED);
        assertThat(round.scoresRevealed()).isFalse();
        assertThat(LocalDateTime.ofInstant(round.opensAt(), ZURICH))
                .isEqualTo(LocalDateTime.of(2027, 7, 1, 9, 0).plusDays(days));
        assertThat(LocalDateTime.ofInstant(round.closesAt(), ZURICH))
                .isEqualTo(LocalDateTime.of(2027, 7, 31, 18, 0).plusDays(days));
    }

    @Test
    void translationsFollowTheirTextsIntoTheNewEditionWithTheNewYearInItsName() {
        Edition created = copy.createFrom(organiser, earlier.id(), nextYear(), false);

        EditionContents.RoundWithCriteria round = contents.of(created).rounds().getFirst();
        assertThat(translations.translations(organiser, created.id(), "fr")).containsOnly(
                Map.entry("edition.name", "Images de jeunes " + created.year()),
                Map.entry("theme.MIGRATION.name", "Migration et exil"),
                Map.entry("round." + round.round().id() + ".name", "Jury international"),
                Map.entry("criterion." + round.criteria().getFirst().id() + ".name", "Narration"),
                Map.entry("criterion." + round.criteria().getFirst().id() + ".anchor.10", "Remarquable"));
        assertThat(translations.forReaders(created.id(), "fr").of(round.round()).name())
                .isEqualTo("Jury international");
        assertThat(translations.translations(organiser, earlier.id(), "fr"))
                .containsEntry("edition.name", "Images de jeunes " + earlier.year());
    }

    @Test
    void nothingOfTheEntriesComesAlongAndTheCopyIsAudited() {
        Edition created = copy.createFrom(organiser, earlier.id(), nextYear(), false);

        assertThat(intake.byEdition(organiser)).doesNotContainKey(created.id()).containsKey(earlier.id());
        assertThat(created.demo()).isFalse();
        assertThat(audit.findByEditionIdOrderByAt(created.id())).extracting(e -> e.action())
                .containsExactly("edition.create", "edition.copy");
        assertThat(audit.findByEditionIdOrderByAt(created.id()).getLast().before())
                .contains("\"from\": " + earlier.id());
    }

    @Test
    void aCopyUnderATakenAddressOrByAJurorIsRefusedAndMakesNothing() {
        EditionSettings next = nextYear();
        EditionSettings taken = new EditionSettings(earlier.slug(), next.name(), next.year(), next.themeText(),
                next.rulesText(), next.state(), next.timeZone(), next.submissionsOpen(), next.submissionsClose(),
                next.minFilmSeconds(), next.maxFilmSeconds(), next.lengthToleranceSeconds(), next.maxFileBytes(),
                next.minVideoHeight(), next.ageCutoffDate(), next.earliestCompletionDate(), next.retentionDays());
        long editionsBefore = editions.count();

        assertThatThrownBy(() -> copy.createFrom(organiser, earlier.id(), taken, false))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.key()).isEqualTo("settings.slugTaken"));
        assertThatThrownBy(() -> copy.createFrom(scenario.juror("Not Organiser"), earlier.id(), next, false))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(editions.count()).isEqualTo(editionsBefore);
    }

    private EditionSettings nextYear() {
        EditionSettings next = EditionSettings.after(earlier, LocalDate.now());
        return new EditionSettings(SampleEditions.uniqueSlug("next"), next.name(), next.year(), next.themeText(),
                next.rulesText(), next.state(), next.timeZone(), next.submissionsOpen(), next.submissionsClose(),
                next.minFilmSeconds(), next.maxFilmSeconds(), next.lengthToleranceSeconds(), next.maxFileBytes(),
                next.minVideoHeight(), next.ageCutoffDate(), next.earliestCompletionDate(), next.retentionDays());
    }
}
