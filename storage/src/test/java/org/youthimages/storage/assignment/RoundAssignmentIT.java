package org.youthimages.storage.assignment;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthimages.storage.account.AccountRepository;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.decision.Refused;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.judging.Assignment;
import org.youthimages.storage.judging.AssignmentRepository;
import org.youthimages.storage.judging.Conflicts;
import org.youthimages.storage.judging.JudgingQueue;
import org.youthimages.storage.judging.QueueFilter;
import org.youthimages.storage.judging.ScoreValue;
import org.youthimages.storage.judging.ScorecardDraft;
import org.youthimages.storage.judging.Scorecards;
import org.youthimages.storage.mail.OutboundEmailRepository;
import org.youthimages.storage.testing.JudgingScenario;
import org.youthimages.storage.translation.EditionTranslations;

import java.util.ArrayList;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The automatic assignment against the database: coverage, fairness, conflicts, reruns, drop-outs, reminders. */
@MicronautTest(transactional = false)
class RoundAssignmentIT {

    @Inject ApplicationContext context;
    @Inject RoundAssignment automatic;
    @Inject AssignmentChanges changes;
    @Inject AssignmentBoard board;
    @Inject JurorReminders reminders;
    @Inject AssignmentRepository assignments;
    @Inject Conflicts conflicts;
    @Inject JudgingQueue queue;
    @Inject Scorecards scorecards;
    @Inject OutboundEmailRepository emails;
    @Inject AccountRepository accounts;
    @Inject EditionTranslations translations;

    private JudgingScenario scenario;
    private List<ActingAccount> jurors;
    private List<Entry> films;

    @BeforeEach
    void aPanelOfFiveAndTwelveFilms() {
        scenario = JudgingScenario.create(context);
        jurors = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            jurors.add(scenario.juror("Juror " + i, "Film Institute " + i, "FR"));
        }
        scenario.panel(jurors.toArray(ActingAccount[]::new));
        films = scenario.films(12);
    }

    @Test
    void givesEveryFilmThreeJurorsWithLoadsWithinOne() {
        AssignmentRun run = automatic.apply(scenario.organiser(), round());

        assertThat(run.added()).isEqualTo(36);
        assertThat(run.shortOfJurors()).isEmpty();
        Map<Long, Long> perFilm = active().stream().collect(Collectors.groupingBy(Assignment::entryId,
                Collectors.counting()));
        assertThat(perFilm).hasSize(12).allSatisfy((film, count) -> assertThat(count).isEqualTo(3));
        Map<Long, Long> perJuror = active().stream().collect(Collectors.groupingBy(Assignment::jurorId,
                Collectors.counting()));
        assertThat(perJuror.values()).allSatisfy(load -> assertThat(load).isBetween(7L, 8L));
    }

    @Test
    void neverAssignsADeclaredConflictNorAJurorOfTheEntrantsOrganisationOrCountryWhenTheRoundSaysSo() {
        ActingAccount schoolmate = scenario.juror("Schoolmate", "Nairobi Hill School", "UG");
        ActingAccount compatriot = scenario.juror("Compatriot", "Another school", "KE");
        List<ActingAccount> panel = new ArrayList<>(jurors);
        panel.add(schoolmate);
        panel.add(compatriot);
        scenario.panel(panel.toArray(ActingAccount[]::new));
        scenario.update(scenario.round().withConflictRules(true, true));
        automatic.apply(scenario.organiser(), round());
        long declaredBy = jurors.getFirst().id();
        long assignmentId = assignmentOf(films.getFirst().id(), declaredBy).orElseGet(() -> {
            changes.assign(scenario.organiser(), round(), films.getFirst().id(), declaredBy);
            return assignmentOf(films.getFirst().id(), declaredBy).orElseThrow();
        });
        conflicts.declare(jurors.getFirst(), assignmentId, "My niece made it");

        AssignmentRun rerun = automatic.apply(scenario.organiser(), round());

        assertThat(rerun.shortOfJurors()).isEmpty();
        assertThat(active()).noneMatch(a -> a.jurorId() == schoolmate.id() || a.jurorId() == compatriot.id());
        assertThat(active()).noneMatch(a -> a.entryId() == films.getFirst().id() && a.jurorId() == declaredBy);
        assertThat(active().stream().filter(a -> a.entryId() == films.getFirst().id())).hasSize(3);
        assertThatThrownBy(() -> changes.assign(scenario.organiser(), round(), films.get(1).id(), schoolmate.id()))
                .isInstanceOf(Refused.class).hasMessageContaining("conflict");
    }

    @Test
    void runningAgainWithoutChangesChangesNothing() {
        automatic.apply(scenario.organiser(), round());
        Set<Assignment> before = Set.copyOf(active());

        AssignmentRun again = automatic.apply(scenario.organiser(), round());

        assertThat(again.changesNothing()).isTrue();
        assertThat(Set.copyOf(active())).isEqualTo(before);
    }

    @Test
    void aNewJurorTakesAFairShareWithoutDisturbingBegunScorecards() {
        automatic.apply(scenario.organiser(), round());
        List<Long> begun = new ArrayList<>();
        for (ActingAccount juror : jurors) {
            long assignment = queue.queue(juror, round(), QueueFilter.ALL, 0, 1).getFirst().assignmentId();
            var sheet = scorecards.open(juror, assignment);
            scorecards.saveDraft(juror, assignment, new ScorecardDraft(0,
                    Map.of(sheet.criteria().getFirst().criterionId(), new ScoreValue(7, "")), "", ""));
            begun.add(assignment);
        }
        ActingAccount newcomer = scenario.juror("Newcomer", "Elsewhere", "BR");
        List<ActingAccount> panel = new ArrayList<>(jurors);
        panel.add(newcomer);
        scenario.panel(panel.toArray(ActingAccount[]::new));

        AssignmentRun rerun = automatic.apply(scenario.organiser(), round());

        assertThat(active()).extracting(Assignment::id).containsAll(begun);
        assertThat(rerun.maxLoad() - rerun.minLoad()).isLessThanOrEqualTo(1);
        assertThat(active().stream().filter(a -> a.jurorId() == newcomer.id()).count()).isEqualTo(6);
        assertThat(rerun.withdrawn()).isEqualTo(rerun.added());
    }

    @Test
    void aJurorWhoDropsOutLeavesTheirUnfinishedFilmsToTheRestOfThePanel() {
        automatic.apply(scenario.organiser(), round());
        ActingAccount leaving = jurors.getLast();

        AssignmentRun run = changes.dropOut(scenario.organiser(), round(), leaving.id());

        assertThat(active()).noneMatch(a -> a.jurorId() == leaving.id());
        assertThat(run.shortOfJurors()).isEmpty();
        assertThat(active().stream().collect(Collectors.groupingBy(Assignment::entryId, Collectors.counting())).values())
                .allMatch(count -> count == 3);
        assertThat(board.shortOfJurors(scenario.organiser(), round())).isEmpty();
    }

    @Test
    void reportsFilmsShortOfJurorsAndEachJurorsProgress() {
        automatic.apply(scenario.organiser(), round());
        long withdrawn = active().getFirst().id();
        changes.withdraw(scenario.organiser(), withdrawn);

        assertThat(board.shortOfJurors(scenario.organiser(), round())).singleElement()
                .satisfies(f -> assertThat(f.jurors()).isEqualTo(2));
        assertThat(board.jurors(scenario.organiser(), round())).hasSize(5)
                .allSatisfy(j -> assertThat(j.submitted()).isZero());
        assertThat(board.categories(scenario.organiser(), round())).singleElement()
                .satisfies(c -> assertThat(c.films()).isEqualTo(12));
    }

    @Test
    void remindsOnlyJurorsWithFilmsLeftInTheirLanguage() {
        automatic.apply(scenario.organiser(), round());
        ActingAccount idle = scenario.juror("Idle juror", "Nowhere", "CH");
        scenario.dates(Instant.now().minusSeconds(3600), Instant.parse("2027-04-30T10:00:00Z"));

        int sent = reminders.remind(scenario.organiser(), round(), List.of(jurors.getFirst().id(), idle.id()));

        assertThat(sent).isEqualTo(1);
        assertThat(emails.findByRecipientAndKindOrderById(jurors.getFirst().email(), "JUROR_REMINDER")).singleElement()
                .satisfies(e -> assertThat(e.subject()).as("the first email tells the films are there")
                        .matches("\\d+ films are waiting for you in .*"))
                .satisfies(e -> assertThat(e.bodyText()).contains("films are assigned to you")
                        .contains("The round closes April 30, 2027"));
        reminders.remind(scenario.organiser(), round(), List.of(jurors.getFirst().id()));
        assertThat(emails.findByRecipientAndKindOrderById(jurors.getFirst().email(), "JUROR_REMINDER").getLast()
                .subject()).as("the next one reminds").startsWith("Reminder: ").contains("films waiting for you");
        assertThat(board.jurors(scenario.organiser(), round()).stream()
                .filter(j -> j.jurorId() == jurors.getFirst().id()).findFirst().orElseThrow().remindedAt()).isNotNull();
    }

    @Test
    void remindsAFrenchJurorOfTheRoundAndEditionAsTranslatedIntoFrenchAndAnEnglishJurorAsWritten() {
        automatic.apply(scenario.organiser(), round());
        ActingAccount french = jurors.get(1);
        accounts.chooseLocale(french.id(), "fr");
        translations.save(scenario.organiser(), scenario.edition().id(), "fr", Map.of(
                "edition.name", "Youth Images (édition française)",
                "round." + round() + ".name", "Jury international"));

        reminders.remind(scenario.organiser(), round(), List.of(french.id(), jurors.getFirst().id()));

        assertThat(emails.findByRecipientAndKindOrderById(french.email(), "JUROR_REMINDER")).singleElement()
                .satisfies(e -> assertThat(e.subject()).endsWith("dans Jury international"))
                .satisfies(e -> assertThat(e.bodyText())
                        .contains("«\u00a0Jury international\u00a0» (Youth Images (édition française))"));
        assertThat(emails.findByRecipientAndKindOrderById(jurors.getFirst().email(), "JUROR_REMINDER"))
                .singleElement().satisfies(e -> assertThat(e.bodyText())
                        .contains("\"International jury\" (" + scenario.edition().name() + ")"));
    }

    @Test
    void refusesARoundWithoutAPanel() {
        scenario.update(scenario.round().withPanel(null));

        assertThatThrownBy(() -> automatic.apply(scenario.organiser(), round())).isInstanceOf(Refused.class)
                .hasMessageContaining("panel");
    }

    private long round() {
        return scenario.round().id();
    }

    private List<Assignment> active() {
        return assignments.findByRoundId(round()).stream().filter(a -> a.state() == Assignment.State.ACTIVE).toList();
    }

    private java.util.Optional<Long> assignmentOf(long entryId, long jurorId) {
        return active().stream().filter(a -> a.entryId() == entryId && a.jurorId() == jurorId).map(Assignment::id)
                .findFirst();
    }
}
