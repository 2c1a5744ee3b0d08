package org.youthimages.storage.judging;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.testing.JudgingScenario;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sample films last 95 s, as the server's probe recorded. */
@MicronautTest(transactional = false)
class WatchTimeIT {

    @Inject ApplicationContext context;
    @Inject WatchTime watchTime;
    @Inject JudgingQueue queue;

    private ActingAccount juror;
    private long assignment;

    @BeforeEach
    void oneFilm() {
        JudgingScenario scenario = JudgingScenario.create(context);
        juror = scenario.juror("Wes Watcher");
        scenario.assign(List.of(scenario.film("Long walk")), juror);
        assignment = queue.queue(juror, scenario.round().id(), QueueFilter.ALL, 0, 1).getFirst().assignmentId();
    }

    @Test
    void countsEachSecondPlayedOnceWhateverTheOrder() {
        watchTime.record(juror, assignment, List.of(new PlayedRange(0, 19)), 95);
        watchTime.record(juror, assignment, List.of(new PlayedRange(0, 19), new PlayedRange(10, 38)), 95);

        assertThat(watchTime.watched(juror, assignment)).isEqualByComparingTo("40");
    }

    @Test
    void reachesAllOfTheFilmWhenPlayedToTheEnd() {
        watchTime.record(juror, assignment, List.of(new PlayedRange(0, 50)), 95);
        assertThat(watchTime.record(juror, assignment, List.of(new PlayedRange(49.6, 94.97)), 95))
                .isEqualByComparingTo("100");
    }

    @Test
    void trustsTheServersLengthOverWhatTheBrowserReports() {
        assertThat(watchTime.record(juror, assignment, List.of(new PlayedRange(0, 10)), 10))
                .isEqualByComparingTo("10.52");
    }

    @Test
    void refusesNonsenseRanges() {
        assertThatThrownBy(() -> new PlayedRange(5, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PlayedRange(Double.NaN, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
