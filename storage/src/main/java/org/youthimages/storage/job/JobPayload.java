package org.youthimages.storage.job;

/**
 * The work a job describes. Payloads live here, in storage, so that the producer (the app) and the consumer
 * (a transcoder worker) share them without depending on each other.
 */
public sealed interface JobPayload permits TranscodeJob {

    /** The job type stored in {@code job.type}. */
    String type();

    /** Two payloads with the same key are the same work: the second is never queued. */
    String dedupeKey();
}
