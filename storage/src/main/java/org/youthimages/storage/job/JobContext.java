package org.youthimages.storage.job;

/** What a running job knows about its run, and how it reports back. */
public interface JobContext {

    long jobId();

    /** 1 for the first attempt. */
    int attempt();

    int maxAttempts();

    default boolean lastAttempt() {
        return attempt() >= maxAttempts();
    }

    /** Records progress (0–100); written to the job with the next heartbeat. */
    void progress(double percent);

    /** True when the work must stop: the worker is shutting down, or the job's lease was lost to another worker. */
    boolean cancelled();
}
