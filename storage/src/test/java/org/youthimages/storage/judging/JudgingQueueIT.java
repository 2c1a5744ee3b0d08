package org.youthimages.storage.judging;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.edition.Round;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.testing.JudgingScenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class JudgingQueueIT {

    @Inject ApplicationContext context;
    @Inject JudgingQueue queue;
    @Inject Scorecards scorecards;

    private JudgingScenario scenario;
    private ActingAccount ana;
    private ActingAccount ben;
    private long round;

    @BeforeEach
    void sixFilmsForTwoJurors() {
        scenario = JudgingScenario.create(context);
        ana = scenario.juror("Ana Juror");
        ben = scenario.juror("Ben Juror");
        List<Entry> films = new ArrayList<>(scenario.films(4));
        films.add(scenario.film("Young one", "UP_TO_12", "PE"));
        films.add(scenario.film("Older one", "AGE_18_25", "PE"));
        scenario.assign(films, ana, ben);
        round = scenario.round().id();
    }

    @Test
    void listsTheOpenRoundsWithDeadlineProgressAndTheNextFilm() {
        submitFirst(ana, 2);

        RoundSummary summary = queue.rounds(ana).getFirst();

        assertThat(queue.rounds(ana)).hasSize(1);
        assertThat(summary.roundName()).isEqualTo("International jury");
        assertThat(summary.closesAt()).isNotNull();
        assertThat(summary.assigned()).isEqualTo(6);
        assertThat(summary.submitted()).isEqualTo(2);
        assertThat(summary.next()).isNotNull();
        assertThat(summary.next().progress()).isNotEqualTo(QueueItem.Progress.SUBMITTED);
    }

    @Test
    void showsEachJurorTheFilmsInAStableOrderOfTheirOwn() {
        List<Long> anasOrder = entries(queue.queue(ana, round, QueueFilter.ALL, 0, 50));
        List<Long> bensOrder = entries(queue.queue(ben, round, QueueFilter.ALL, 0, 50));

        assertThat(anasOrder).hasSize(6).containsExactlyInAnyOrderElementsOf(bensOrder);
        assertThat(entries(queue.queue(ana, round, QueueFilter.ALL, 0, 50))).isEqualTo(anasOrder);
        assertThat(queue.queue(ana, round, QueueFilter.ALL, 0, 50)).extracting(QueueItem::position)
                .containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void pagesThroughTheQueue() {
        List<QueueItem> all = queue.queue(ana, round, QueueFilter.ALL, 0, 50);

        assertThat(queue.queue(ana, round, QueueFilter.ALL, 2, 3)).isEqualTo(all.subList(2, 5));
        assertThat(queue.count(ana, round, QueueFilter.ALL)).isEqualTo(6);
    }

    @Test
    void filtersByCategoryAndByWhatIsNotYetScored() {
        submitFirst(ana, 1);
        long youngest = queue.categories(ana, round).stream().filter(c -> c.name().equals("Up to 12"))
                .findFirst().orElseThrow().ageCategoryId();

        assertThat(queue.categories(ana, round)).as("youngest first, as the edition lists them")
                .extracting(CategoryCount::name).containsExactly("Up to 12", "13 to 17", "18 to 25");
        assertThat(queue.categories(ana, round)).extracting(CategoryCount::films).containsExactlyInAnyOrder(4, 1, 1);
        assertThat(queue.queue(ana, round, new QueueFilter(youngest, false), 0, 50))
                .extracting(QueueItem::title).containsExactly("Young one");
        assertThat(queue.count(ana, round, new QueueFilter(null, true))).isEqualTo(5);
        assertThat(queue.queue(ana, round, new QueueFilter(null, true), 0, 50))
                .noneMatch(item -> item.progress() == QueueItem.Progress.SUBMITTED);
    }

    @Test
    void showsProgressPerFilm() {
        List<QueueItem> items = queue.queue(ana, round, QueueFilter.ALL, 0, 50);
        long first = items.getFirst().assignmentId();
        long criterion = scorecards.open(ana, first).criteria().getFirst().criterionId();
        scorecards.saveDraft(ana, first, new ScorecardDraft(0, Map.of(criterion, new ScoreValue(5, "")), "", ""));

        assertThat(queue.queue(ana, round, QueueFilter.ALL, 0, 1).getFirst().progress())
                .isEqualTo(QueueItem.Progress.DRAFT);
        assertThat(queue.queue(ben, round, QueueFilter.ALL, 0, 50))
                .allMatch(item -> item.progress() == QueueItem.Progress.NOT_STARTED);
    }

    @Test
    void takesTheJurorBackToTheFilmTheyLastOpened() {
        List<QueueItem> items = queue.queue(ana, round, QueueFilter.ALL, 0, 50);
        assertThat(queue.nextFilm(ana, round).orElseThrow()).isEqualTo(items.getFirst());

        queue.remember(ana, items.get(3).assignmentId());

        assertThat(queue.nextFilm(ana, round).orElseThrow().assignmentId()).isEqualTo(items.get(3).assignmentId());
        assertThat(queue.remembered(ana, round)).contains(items.get(3).assignmentId());
    }

    @Test
    void afterSubmittingTheRememberedFilmTheNextOneComesAfterItWrappingRound() {
        List<QueueItem> items = queue.queue(ana, round, QueueFilter.ALL, 0, 50);
        queue.remember(ana, items.get(5).assignmentId());
        submit(ana, items.get(5).assignmentId());

        assertThat(queue.nextFilm(ana, round).orElseThrow().assignmentId()).isEqualTo(items.getFirst().assignmentId());
    }

    @Test
    void givesPreviousAndNextWithinTheFilteredQueue() {
        List<QueueItem> items = queue.queue(ana, round, QueueFilter.ALL, 0, 50);

        Neighbours middle = queue.neighbours(ana, items.get(2).assignmentId(), QueueFilter.ALL);
        Neighbours first = queue.neighbours(ana, items.getFirst().assignmentId(), QueueFilter.ALL);

        assertThat(middle).isEqualTo(new Neighbours(items.get(1).assignmentId(), items.get(3).assignmentId(), 3, 6));
        assertThat(first.previous()).isNull();
        submit(ana, items.get(1).assignmentId());
        assertThat(queue.neighbours(ana, items.get(2).assignmentId(), new QueueFilter(null, true)).previous())
                .isEqualTo(items.getFirst().assignmentId());
    }

    @Test
    void aClosedRoundLeavesTheJurorsHomeAndQueue() {
        scenario.withState(Round.State.CLOSED, false);

        assertThat(queue.rounds(ana)).isEmpty();
        assertThat(queue.count(ana, round, QueueFilter.ALL)).isZero();
    }

    @Test
    void aRoundPastItsDeadlineIsNoLongerOpen() {
        scenario.dates(java.time.Instant.now().minusSeconds(7200), java.time.Instant.now().minusSeconds(60));

        assertThat(queue.rounds(ana)).isEmpty();
    }

    private void submitFirst(ActingAccount juror, int count) {
        queue.queue(juror, round, QueueFilter.ALL, 0, count).forEach(item -> submit(juror, item.assignmentId()));
    }

    private void submit(ActingAccount juror, long assignment) {
        ScorecardSheet sheet = scorecards.open(juror, assignment);
        Map<Long, ScoreValue> all = new HashMap<>();
        sheet.criteria().forEach(c -> all.put(c.criterionId(), new ScoreValue(7, "")));
        ScorecardSheet saved = scorecards.saveDraft(juror, assignment, new ScorecardDraft(sheet.version(), all, "", ""));
        scorecards.submit(juror, assignment, saved.version(), true);
    }

    private static List<Long> entries(List<QueueItem> items) {
        return items.stream().map(QueueItem::entryId).toList();
    }
}
