package org.youthimages.storage.job;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@Property(name = "yi.jobs.lease", value = "1s")
@Property(name = "yi.jobs.heartbeat", value = "200ms")
@Property(name = "yi.jobs.backoff", value = "100ms")
@Property(name = "yi.jobs.poll-interval", value = "50ms")
@Property(name = "yi.jobs.types.test-limited.concurrency", value = "2")
class JobWorkersIT {

    @Inject JobQueue queue;
    @Inject JobRepository jobs;

    /** A handler for a test-only job type whose behaviour each test chooses. */
    record TestHandler(String type, Work work, Map<Long, String> givenUp) implements JobHandler<TranscodeJob> {

        interface Work {
            void run(JobContext context) throws Exception;
        }

        TestHandler(String type, Work work) {
            this(type, work, new ConcurrentHashMap<>());
        }

        @Override
        public Class<TranscodeJob> payloadType() {
            return TranscodeJob.class;
        }

        @Override
        public void run(TranscodeJob payload, JobContext context) throws Exception {
            work.run(context);
        }

        @Override
        public void giveUp(TranscodeJob payload, String lastError) {
            givenUp.put(payload.entryId(), lastError);
        }
    }

    private JobWorkers workers(TestHandler handler, Duration grace) {
        return new JobWorkers(queue, List.of(handler), new WorkerSettings(0, "test-worker", grace));
    }

    @Test
    void runsJobsWritesTheirProgressAndCompletesThem() throws Exception {
        String type = JobQueueIT.uniqueType();
        long id = JobQueueIT.insert(jobs, type, 3);
        CountDownLatch halfway = new CountDownLatch(1);
        CountDownLatch carryOn = new CountDownLatch(1);
        JobWorkers workers = workers(new TestHandler(type, context -> {
            context.progress(50);
            halfway.countDown();
            carryOn.await(10, TimeUnit.SECONDS);
        }), Duration.ofSeconds(5));
        workers.start(1);
        try {
            assertThat(halfway.await(10, TimeUnit.SECONDS)).isTrue();
            waitUntil(() -> jobs.findById(id).orElseThrow().progress() == 50);
            assertThat(jobs.findById(id).orElseThrow().leaseOwner()).startsWith("test-worker/1:");
            carryOn.countDown();
            waitUntil(() -> jobs.findById(id).orElseThrow().state() == Job.State.DONE);
        } finally {
            workers.stop();
        }
        assertThat(jobs.findById(id).orElseThrow().progress()).isEqualTo(100);
    }

    @Test
    void givesUpAJobThatFailsOnEveryAttempt() throws Exception {
        String type = JobQueueIT.uniqueType();
        long id = JobQueueIT.insert(jobs, type, 2);
        TestHandler handler = new TestHandler(type, context -> {
            throw new IllegalStateException("broken on attempt " + context.attempt());
        });
        JobWorkers workers = workers(handler, Duration.ofSeconds(5));
        workers.start(1);
        try {
            waitUntil(() -> jobs.findById(id).orElseThrow().state() == Job.State.DEAD);
            waitUntil(() -> !handler.givenUp().isEmpty());
        } finally {
            workers.stop();
        }
        Job dead = jobs.findById(id).orElseThrow();
        assertThat(dead.attempts()).isEqualTo(2);
        assertThat(dead.lastError()).isEqualTo("IllegalStateException: broken on attempt 2");
        assertThat(handler.givenUp()).containsEntry(1L, dead.lastError());
    }

    @Test
    void givesUnfinishedJobsBackToTheQueueWhenStopping() throws Exception {
        String type = JobQueueIT.uniqueType();
        long id = JobQueueIT.insert(jobs, type, 3);
        CountDownLatch started = new CountDownLatch(1);
        JobWorkers workers = workers(new TestHandler(type, context -> {
            started.countDown();
            while (!context.cancelled()) {
                Thread.sleep(20);
            }
            throw new InterruptedException("stopped");
        }), Duration.ofMillis(200));
        workers.start(2);
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        workers.stop();

        Job back = jobs.findById(id).orElseThrow();
        assertThat(back.state()).isEqualTo(Job.State.QUEUED);
        assertThat(back.attempts()).isZero();
    }

    @Test
    void runsNoMoreJobsOfATypeAtOnceThanItsConcurrency() throws Exception {
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(JobQueueIT.insert(jobs, "TEST_LIMITED", 3));
        }
        AtomicInteger now = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        JobWorkers workers = workers(new TestHandler("TEST_LIMITED", context -> {
            most.accumulateAndGet(now.incrementAndGet(), Math::max);
            Thread.sleep(150);
            now.decrementAndGet();
        }), Duration.ofSeconds(5));
        workers.start(4);
        try {
            waitUntil(() -> ids.stream().allMatch(id -> jobs.findById(id).orElseThrow().state() == Job.State.DONE));
        } finally {
            workers.stop();
        }
        assertThat(most.get()).isEqualTo(2);
    }

    static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Condition not met within 20 s");
            }
            Thread.sleep(50);
        }
    }
}
