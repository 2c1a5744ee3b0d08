package org.youthimages.judging.queue.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthimages.judging.testing.ViewTesting;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.judging.CategoryCount;
import org.youthimages.storage.judging.JudgingQueue;
import org.youthimages.storage.judging.QueueFilter;
import org.youthimages.storage.judging.QueueItem;
import org.youthimages.storage.judging.ScoreValue;
import org.youthimages.storage.judging.ScorecardDraft;
import org.youthimages.storage.judging.ScorecardSheet;
import org.youthimages.storage.judging.Scorecards;
import org.youthimages.storage.testing.JudgingScenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;

/** The juror's home and queue, driven without a browser. */
@MicronautTest(transactional = false)
@Property(name = "yi.judging.enabled", value = "false")
class JurorHomeViewIT {

    @Inject ApplicationContext context;
    @Inject JudgingQueue queue;
    @Inject Scorecards scorecards;

    private JudgingScenario scenario;
    private ActingAccount juror;
    private List<QueueItem> items;

    @BeforeEach
    void fiveFilms() {
        scenario = JudgingScenario.create(context);
        juror = scenario.juror("Hugo Home");
        List<Entry> films = new ArrayList<>(scenario.films(4));
        films.add(scenario.film("Young one", "UP_TO_12", "PE"));
        scenario.assign(films, juror);
        items = queue.queue(juror, scenario.round().id(), QueueFilter.ALL, 0, 10);
        submit(items.get(1).assignmentId());
        ViewTesting.start(context);
        ViewTesting.signIn(juror);
    }

    @AfterEach
    void stop() {
        ViewTesting.stop();
    }

    @Test
    void showsTheRoundWithItsDeadlineProgressAndTheNextFilm() {
        JurorHomeView home = (JurorHomeView) ViewTesting.navigate("judging");
        RoundCard card = LocatorJ._get(RoundCard.class);

        assertThat(card.getTitleAsText()).isEqualTo("International jury");
        assertThat(ViewTesting.allText(card)).contains("Closes", "(Europe/Zurich), in 20 days", "1 of 5 films scored");
        assertThat(card.watchNext.getText()).isEqualTo("Watch next: " + items.getFirst().title());
        assertThat(GridKt._size(home.grid.getDataProvider(), null)).isEqualTo(5);
    }

    @Test
    void listsTheQueueInTheJurorsOrderWithProgress() {
        JurorHomeView home = (JurorHomeView) ViewTesting.navigate("judging");

        List<QueueItem> shown = GridKt._findAll(home.grid);

        assertThat(shown).extracting(QueueItem::assignmentId)
                .containsExactlyElementsOf(items.stream().map(QueueItem::assignmentId).toList());
        assertThat(shown.get(1).progress()).isEqualTo(QueueItem.Progress.SUBMITTED);
        assertThat(home.grid.getColumns().indexOf(home.grid.getColumnByKey("status")))
                .as("whether a film is scored comes right after its title, in view on a phone").isEqualTo(2);
    }

    @Test
    void filtersByCategoryAndByWhatIsNotYetScored() {
        JurorHomeView home = (JurorHomeView) ViewTesting.navigate("judging");
        CategoryCount youngest = home.category.getListDataView().getItems()
                .filter(c -> c.name().equals("Up to 12")).findFirst().orElseThrow();

        ViewTesting.userSets(home.category, youngest);
        assertThat(GridKt._findAll(home.grid)).extracting(QueueItem::title).containsExactly("Young one");

        ViewTesting.userSets(home.category, home.category.getListDataView().getItem(0));
        ViewTesting.userSets(home.onlyUnscored, true);
        assertThat(GridKt._findAll(home.grid)).hasSize(4)
                .noneMatch(item -> item.progress() == QueueItem.Progress.SUBMITTED);
    }

    @Test
    void theQueueRemembersItsFilterAndTheFilmLastOpened() {
        JurorHomeView home = (JurorHomeView) ViewTesting.navigate("judging");
        ViewTesting.userSets(home.onlyUnscored, true);
        ViewTesting.navigate("film/" + items.get(3).assignmentId());

        JurorHomeView back = (JurorHomeView) ViewTesting.navigate("judging");

        assertThat(back.onlyUnscored.getValue()).isTrue();
        assertThat(LocatorJ._get(RoundCard.class).watchNext.getText()).endsWith(items.get(3).title());
    }

    @Test
    void watchNextOpensTheFilm() {
        ViewTesting.navigate("judging");

        _click(LocatorJ._get(RoundCard.class).watchNext);

        assertThat(ViewTesting.currentPath()).startsWith("film/" + items.getFirst().assignmentId());
    }

    @Test
    void aJurorWithNothingToJudgeIsToldSo() {
        ViewTesting.signIn(scenario.juror("Idle Juror"));

        assertThat(ViewTesting.allText(ViewTesting.navigate("judging"))).contains("No round is open for you");
    }

    private void submit(long assignment) {
        ScorecardSheet sheet = scorecards.open(juror, assignment);
        Map<Long, ScoreValue> all = new HashMap<>();
        sheet.criteria().forEach(c -> all.put(c.criterionId(), new ScoreValue(7, "")));
        scorecards.submit(juror, assignment,
                scorecards.saveDraft(juror, assignment, new ScorecardDraft(0, all, "", "")).version(), true);
    }
}
