package org.youthimages.storage.job;

/** A job as its worker runs it: its claim, its latest progress, and whether it must stop. */
final class RunningJob implements JobContext {

    enum Stop { NONE, SHUTDOWN, LEASE_LOST }

    private final Job claim;
    private volatile double progress;
    private volatile Stop stop = Stop.NONE;

    RunningJob(Job claim) {
        this.claim = claim;
    }

    Job claim() {
        return claim;
    }

    double latestProgress() {
        return progress;
    }

    Stop stop() {
        return stop;
    }

    void stop(Stop reason) {
        if (stop == Stop.NONE) {
            stop = reason;
        }
    }

    @Override
    public long jobId() {
        return claim.id();
    }

    @Override
    public int attempt() {
        return claim.attempts();
    }

    @Override
    public int maxAttempts() {
        return claim.maxAttempts();
    }

    @Override
    public void progress(double percent) {
        progress = Math.max(0, Math.min(100, percent));
    }

    @Override
    public boolean cancelled() {
        return stop != Stop.NONE;
    }
}
