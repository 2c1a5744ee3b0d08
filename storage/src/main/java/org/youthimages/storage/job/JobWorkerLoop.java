package org.youthimages.storage.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;

/** One worker thread: claims a job, runs its handler, records the outcome; sleeps when there is nothing to do. */
final class JobWorkerLoop {

    private static final Logger LOG = LoggerFactory.getLogger(JobWorkerLoop.class);

    private final JobWorkers workers;
    private final JobQueue queue;
    private final String name;

    JobWorkerLoop(JobWorkers workers, String name) {
        this.workers = workers;
        this.queue = workers.queue();
        this.name = name;
    }

    void run() {
        while (!workers.stopping()) {
            try {
                if (!runNext()) {
                    workers.sleep();
                }
            } catch (RuntimeException e) {
                // The database may be restarting: wait and try again rather than lose the thread.
                LOG.warn("Worker {} cannot reach the queue: {}", name, e.getMessage());
                workers.sleep();
            }
        }
    }

    /** @return true when a job was run */
    boolean runNext() {
        queue.buryAbandoned().forEach(this::giveUp);
        List<String> types = workers.acquireTypes();
        Optional<Job> claimed = Optional.empty();
        try {
            claimed = queue.claim(name, types);
        } finally {
            String used = claimed.map(Job::type).orElse("");
            types.stream().filter(type -> !type.equals(used)).forEach(workers::release);
        }
        if (claimed.isEmpty()) {
            return false;
        }
        try {
            execute(claimed.get());
        } finally {
            workers.release(claimed.get().type());
        }
        return true;
    }

    private void execute(Job claim) {
        RunningJob job = new RunningJob(claim);
        workers.add(job);
        long started = System.nanoTime();
        LOG.info("Job {} ({}) attempt {}/{} started on {}", claim.id(), claim.type(), claim.attempts(),
                claim.maxAttempts(), name);
        try {
            runHandler(claim, job);
            finish(job, started);
        } catch (Exception | LinkageError e) {
            failed(job, e);
        } finally {
            workers.remove(job);
        }
    }

    @SuppressWarnings("unchecked")
    private <P extends JobPayload> void runHandler(Job claim, RunningJob job) throws Exception {
        JobHandler<P> handler = (JobHandler<P>) workers.handler(claim.type())
                .orElseThrow(() -> JobFailure.permanent("No handler for job type " + claim.type()));
        P payload;
        try {
            payload = queue.payload(claim, handler.payloadType());
        } catch (RuntimeException e) {
            throw JobFailure.permanent("Unreadable payload: " + e.getMessage());
        }
        handler.run(payload, job);
    }

    private void finish(RunningJob job, long started) {
        switch (job.stop()) {
            case LEASE_LOST -> LOG.warn("Job {} finished after its lease was lost; the new owner decides", job.jobId());
            case SHUTDOWN -> release(job);
            case NONE -> {
                if (queue.complete(job.claim())) {
                    LOG.info("Job {} done in {} ms", job.jobId(), (System.nanoTime() - started) / 1_000_000);
                } else {
                    LOG.warn("Job {} finished but was no longer ours", job.jobId());
                }
            }
        }
    }

    private void failed(RunningJob job, Throwable error) {
        if (job.stop() == RunningJob.Stop.LEASE_LOST) {
            LOG.warn("Job {} stopped: its lease went to another worker", job.jobId());
            return;
        }
        if (job.stop() == RunningJob.Stop.SHUTDOWN) {
            release(job);
            return;
        }
        boolean permanent = error instanceof JobFailure failure && failure.permanent();
        String message = describe(error);
        JobQueue.Outcome outcome = queue.fail(job.claim(), message, permanent);
        switch (outcome) {
            case RETRY -> LOG.warn("Job {} attempt {} failed, will retry: {}", job.jobId(), job.attempt(), message);
            case DEAD -> {
                LOG.error("Job {} is dead after attempt {}: {}", job.jobId(), job.attempt(), message, error);
                giveUp(job.claim().withLastError(message));
            }
            case LOST -> LOG.warn("Job {} failed after its lease was lost: {}", job.jobId(), message);
        }
    }

    private void release(RunningJob job) {
        if (queue.release(job.claim())) {
            LOG.info("Job {} given back to the queue", job.jobId());
        }
    }

    @SuppressWarnings("unchecked")
    private <P extends JobPayload> void giveUp(Job dead) {
        workers.handler(dead.type()).ifPresent(h -> {
            JobHandler<P> handler = (JobHandler<P>) h;
            try {
                handler.giveUp(queue.payload(dead, handler.payloadType()), dead.lastError());
            } catch (RuntimeException e) {
                LOG.error("Giving up job {} failed: {}", dead.id(), e.getMessage(), e);
            }
        });
    }

    private static String describe(Throwable error) {
        if (error instanceof JobFailure) {
            return error.getMessage();
        }
        String message = error.getMessage();
        return error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
