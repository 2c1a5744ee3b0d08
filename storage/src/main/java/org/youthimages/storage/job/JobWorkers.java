package org.youthimages.storage.job;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The job workers of this process: {@code yi.worker.threads} threads that claim jobs of the types this process has
 * handlers for, a heartbeat that renews their leases and writes their progress, and a graceful stop that gives
 * unfinished jobs back to the queue. Starts with the application when it has threads; 0 threads runs none.
 */
@Singleton
public class JobWorkers implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(JobWorkers.class);

    private final JobQueue queue;
    private final Map<String, JobHandler<?>> handlers = new LinkedHashMap<>();
    private final WorkerSettings settings;
    private final String id;
    private final Map<String, Semaphore> permits = new ConcurrentHashMap<>();
    private final Set<RunningJob> running = ConcurrentHashMap.newKeySet();
    private final List<Thread> threads = new ArrayList<>();
    private final Object idle = new Object();
    private ScheduledExecutorService heartbeats;
    private volatile boolean stopping;

    JobWorkers(JobQueue queue, List<JobHandler<?>> handlers, WorkerSettings settings) {
        this.queue = queue;
        handlers.forEach(handler -> this.handlers.put(handler.type(), handler));
        this.settings = settings;
        this.id = settings.id() == null || settings.id().isBlank() ? defaultId() : settings.id();
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (settings.threads() > 0) {
            start(settings.threads());
        }
    }

    /** This process's worker name, as written in {@code job.lease_owner}. */
    public String id() {
        return id;
    }

    public Set<String> types() {
        return handlers.keySet();
    }

    /** Starts {@code count} worker threads. */
    public synchronized void start(int count) {
        if (!threads.isEmpty()) {
            throw new IllegalStateException("Workers already started");
        }
        if (handlers.isEmpty()) {
            LOG.warn("No job handlers in this process: the {} worker threads would have nothing to do", count);
            return;
        }
        stopping = false;
        handlers.keySet().forEach(type -> permits.put(type, new Semaphore(queue.concurrency(type, count))));
        heartbeats = Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().daemon()
                .name("job-heartbeat").unstarted(r));
        long every = queue.settings().heartbeat().toMillis();
        heartbeats.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
        for (int i = 1; i <= count; i++) {
            JobWorkerLoop loop = new JobWorkerLoop(this, id + "/" + i);
            threads.add(Thread.ofPlatform().name("job-worker-" + i).start(loop::run));
        }
        LOG.info("Started {} job worker thread(s) as {} for {}", count, id, handlers.keySet());
    }

    /** Stops claiming, lets running jobs finish within the grace period, then stops them and gives them back. */
    @PreDestroy
    public void stop() {
        List<Thread> started;
        synchronized (this) {
            if (threads.isEmpty()) {
                return;
            }
            stopping = true;
            started = List.copyOf(threads);
            threads.clear();
        }
        synchronized (idle) {
            idle.notifyAll();
        }
        join(started, settings.shutdownGrace());
        if (!running.isEmpty()) {
            LOG.info("Stopping {} unfinished job(s); they go back to the queue", running.size());
            running.forEach(job -> job.stop(RunningJob.Stop.SHUTDOWN));
            join(started, Duration.ofSeconds(30));
        }
        heartbeats.shutdownNow();
        LOG.info("Job workers {} stopped", id);
    }

    boolean stopping() {
        return stopping;
    }

    JobQueue queue() {
        return queue;
    }

    Optional<JobHandler<?>> handler(String type) {
        return Optional.ofNullable(handlers.get(type));
    }

    /** Takes a permit for every type below its concurrency; the caller releases the ones it does not use. */
    List<String> acquireTypes() {
        List<String> free = new ArrayList<>();
        permits.forEach((type, semaphore) -> {
            if (semaphore.tryAcquire()) {
                free.add(type);
            }
        });
        return free;
    }

    void release(String type) {
        permits.get(type).release();
    }

    void add(RunningJob job) {
        running.add(job);
    }

    void remove(RunningJob job) {
        running.remove(job);
    }

    void sleep() {
        synchronized (idle) {
            if (!stopping) {
                try {
                    idle.wait(queue.settings().pollInterval().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private void beat() {
        for (RunningJob job : running) {
            try {
                if (!queue.heartbeat(job.claim(), job.latestProgress())) {
                    LOG.warn("Job {} is no longer ours (its lease went to another worker); stopping it", job.jobId());
                    job.stop(RunningJob.Stop.LEASE_LOST);
                }
            } catch (RuntimeException e) {
                // A database hiccup: the lease is still good until it expires, so try again at the next beat.
                LOG.warn("Cannot renew the lease of job {}: {}", job.jobId(), e.getMessage());
            }
        }
    }

    private static void join(List<Thread> started, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Thread thread : started) {
            try {
                thread.join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static String defaultId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "worker";
        }
        return host + "-" + ProcessHandle.current().pid();
    }
}
