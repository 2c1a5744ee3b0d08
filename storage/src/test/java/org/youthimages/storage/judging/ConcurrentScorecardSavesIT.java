package org.youthimages.storage.judging;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.testing.JudgingScenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Two windows of one juror saving the same scorecard at once: no save is lost silently, no score duplicated. */
@MicronautTest(transactional = false)
class ConcurrentScorecardSavesIT {

    @Inject ApplicationContext context;
    @Inject Scorecards scorecards;
    @Inject JudgingQueue queue;
    @Inject AuditLogCounter audit;

    @Test
    void everySaveEitherLandsOnTheVersionItSawOrIsRefusedAsStale() throws Exception {
        JudgingScenario scenario = JudgingScenario.create(context);
        ActingAccount juror = scenario.juror("Tess Tabs");
        scenario.assign(List.of(scenario.film("Busy film")), juror);
        long assignment = queue.queue(juror, scenario.round().id(), QueueFilter.ALL, 0, 1).getFirst().assignmentId();
        long criterion = scorecards.open(juror, assignment).criteria().getFirst().criterionId();
        AtomicInteger landed = new AtomicInteger();
        AtomicInteger stale = new AtomicInteger();

        List<Callable<Void>> windows = new ArrayList<>();
        for (int window = 0; window < 8; window++) {
            int value = window + 1;
            windows.add(() -> {
                for (int attempt = 0; attempt < 15; attempt++) {
                    int version = scorecards.open(juror, assignment).version();
                    try {
                        scorecards.saveDraft(juror, assignment, new ScorecardDraft(version,
                                Map.of(criterion, new ScoreValue(value, "from window " + value + " #" + attempt)), "", ""));
                        landed.incrementAndGet();
                    } catch (ScorecardException.Stale e) {
                        stale.incrementAndGet();
                    }
                }
                return null;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<Void> done : pool.invokeAll(windows)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        ScorecardSheet stored = scorecards.open(juror, assignment);
        assertThat(landed.get() + stale.get()).isEqualTo(120);
        assertThat(stored.version()).isEqualTo(landed.get());
        assertThat(audit.saves(assignment)).isEqualTo(landed.get());
        assertThat(audit.scoreRows(assignment)).isEqualTo(1);
    }
}
