package org.youthimages.storage.job;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@Property(name = "yi.jobs.lease", value = "2s")
@Property(name = "yi.jobs.heartbeat", value = "200ms")
@Property(name = "yi.jobs.backoff", value = "1s")
class JobQueueIT {

    @Inject JobQueue queue;
    @Inject JobRepository jobs;

    /** A job type of its own per test, so tests never take each other's jobs from the shared database. */
    static String uniqueType() {
        return "TEST_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    static long insert(JobRepository jobs, String type, int maxAttempts) {
        String key = type + ":" + UUID.randomUUID();
        jobs.insertIfAbsent(type, "{\"entryId\": 1, \"originalAssetId\": 2}", key, maxAttempts);
        return jobs.findByDedupeKey(key).orElseThrow().id();
    }

    @Test
    void givesEachJobToExactlyOneOfManyWorkersRacingForIt() throws Exception {
        String type = uniqueType();
        for (int i = 0; i < 40; i++) {
            insert(jobs, type, 5);
        }
        List<Long> claimed = Collections.synchronizedList(new ArrayList<>());
        Callable<Void> worker = () -> {
            String name = "racer-" + Thread.currentThread().threadId();
            Optional<Job> job;
            while ((job = queue.claim(name, List.of(type))).isPresent()) {
                claimed.add(job.get().id());
                assertThat(queue.complete(job.get())).isTrue();
            }
            return null;
        };
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<Void>> done = pool.invokeAll(Collections.nCopies(8, worker));
            for (Future<Void> future : done) {
                future.get();
            }
        }

        assertThat(claimed).hasSize(40).doesNotHaveDuplicates();
        assertThat(jobs.findByState(Job.State.DONE)).filteredOn(j -> j.type().equals(type)).hasSize(40)
                .allSatisfy(j -> assertThat(j.attempts()).isEqualTo(1));
    }

    @Test
    void retriesAFailedJobAfterABackoffThatDoublesThenKeepsItDeadWithItsLastError() throws Exception {
        String type = uniqueType();
        long id = insert(jobs, type, 3);

        Job first = queue.claim("w", List.of(type)).orElseThrow();
        assertThat(queue.fail(first, "disk full", false)).isEqualTo(JobQueue.Outcome.RETRY);
        assertThat(queue.claim("w", List.of(type))).as("not due during the backoff").isEmpty();
        Thread.sleep(1100);
        Job second = queue.claim("w", List.of(type)).orElseThrow();
        assertThat(second.attempts()).isEqualTo(2);
        assertThat(second.lastError()).isEqualTo("disk full");
        queue.fail(second, "disk still full", false);
        Thread.sleep(1100);
        assertThat(queue.claim("w", List.of(type))).as("the second backoff is twice as long").isEmpty();
        Thread.sleep(1100);
        Job third = queue.claim("w", List.of(type)).orElseThrow();

        assertThat(queue.fail(third, "gave up", false)).isEqualTo(JobQueue.Outcome.DEAD);
        Job dead = jobs.findById(id).orElseThrow();
        assertThat(dead.state()).isEqualTo(Job.State.DEAD);
        assertThat(dead.lastError()).isEqualTo("gave up");
        assertThat(dead.finishedAt()).isNotNull();
        assertThat(queue.claim("w", List.of(type))).isEmpty();
    }

    @Test
    void killsAPermanentFailureAtOnce() {
        String type = uniqueType();
        long id = insert(jobs, type, 5);

        assertThat(queue.fail(queue.claim("w", List.of(type)).orElseThrow(), "no such entry", true))
                .isEqualTo(JobQueue.Outcome.DEAD);
        assertThat(jobs.findById(id).orElseThrow().attempts()).isEqualTo(1);
    }

    @Test
    void handsAJobWhoseLeaseExpiredToAnotherWorkerAndFencesTheFirstOneOut() throws Exception {
        String type = uniqueType();
        insert(jobs, type, 5);
        Job lost = queue.claim("crashed", List.of(type)).orElseThrow();

        assertThat(queue.claim("other", List.of(type))).as("leased").isEmpty();
        Thread.sleep(2300);
        Job taken = queue.claim("other", List.of(type)).orElseThrow();

        assertThat(taken.attempts()).isEqualTo(2);
        assertThat(taken.leaseOwner()).startsWith("other:");
        assertThat(queue.heartbeat(lost, 50)).isFalse();
        assertThat(queue.complete(lost)).isFalse();
        assertThat(queue.fail(lost, "late", false)).isEqualTo(JobQueue.Outcome.LOST);
        assertThat(queue.complete(taken)).isTrue();
    }

    @Test
    void heartbeatKeepsTheLeaseAndRecordsProgress() throws Exception {
        String type = uniqueType();
        long id = insert(jobs, type, 5);
        Job running = queue.claim("w", List.of(type)).orElseThrow();

        for (int i = 0; i < 4; i++) {
            Thread.sleep(700);
            assertThat(queue.heartbeat(running, 10 * (i + 1) + 0.5)).isTrue();
        }

        assertThat(queue.claim("other", List.of(type))).as("still leased after 2.8 s").isEmpty();
        assertThat(jobs.findById(id).orElseThrow().progress()).isEqualTo(40.5);
    }

    @Test
    void buriesAJobWhoseWorkerVanishedOnItsLastAttempt() throws Exception {
        String type = uniqueType();
        long id = insert(jobs, type, 1);
        queue.claim("vanished", List.of(type)).orElseThrow();

        Thread.sleep(2300);
        List<Job> buried = queue.buryAbandoned();

        assertThat(buried).extracting(Job::id).contains(id);
        Job dead = jobs.findById(id).orElseThrow();
        assertThat(dead.state()).isEqualTo(Job.State.DEAD);
        assertThat(dead.lastError()).contains("vanished").contains("stopped renewing its lease");
    }

    @Test
    void releasedJobGoesBackWithoutSpendingAnAttempt() {
        String type = uniqueType();
        long id = insert(jobs, type, 5);

        assertThat(queue.release(queue.claim("w", List.of(type)).orElseThrow())).isTrue();

        Job back = jobs.findById(id).orElseThrow();
        assertThat(back.state()).isEqualTo(Job.State.QUEUED);
        assertThat(back.attempts()).isZero();
        assertThat(queue.claim("w", List.of(type))).isPresent();
    }

    @Test
    void anOperatorCanRetryADeadJob() {
        String type = uniqueType();
        long id = insert(jobs, type, 1);
        queue.fail(queue.claim("w", List.of(type)).orElseThrow(), "broken", false);

        assertThat(queue.retryDead(id)).isTrue();

        assertThat(queue.claim("w", List.of(type))).map(Job::attempts).contains(1);
        assertThat(jobs.findById(id).orElseThrow().state()).isEqualTo(Job.State.RUNNING);
    }
}
