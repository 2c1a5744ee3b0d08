package org.youthimages.storage.job;

/**
 * Runs one type of job. A handler must be safe to run twice for the same job: a retried or taken-over job
 * overwrites what an earlier attempt left, and never adds to it.
 *
 * @param <P> the payload type
 */
public interface JobHandler<P extends JobPayload> {

    /** The job type handled, as in {@link JobPayload#type()}. */
    String type();

    Class<P> payloadType();

    /**
     * Does the work. Return normally when done; throw to fail the attempt ({@link JobFailure#permanent} for a
     * failure no retry can fix). Long work should report progress and stop when {@link JobContext#cancelled()}.
     */
    void run(P payload, JobContext context) throws Exception;

    /** Called once when the job is dead (out of attempts): leave the data in a state people understand. */
    default void giveUp(P payload, String lastError) {
    }
}
