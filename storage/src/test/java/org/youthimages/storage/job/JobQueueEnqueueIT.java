package org.youthimages.storage.job;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class JobQueueEnqueueIT {

    @Inject JobQueue queue;
    @Inject JobRepository jobs;

    @Test
    void queuesTheSameWorkOnlyOnce() {
        TranscodeJob work = new TranscodeJob(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE), 7);

        assertThat(queue.enqueue(work)).isTrue();
        assertThat(queue.enqueue(work)).isFalse();

        Job job = jobs.findByDedupeKey(work.dedupeKey()).orElseThrow();
        assertThat(job.type()).isEqualTo("TRANSCODE");
        assertThat(job.state()).isEqualTo(Job.State.QUEUED);
        assertThat(job.payload()).contains("\"entryId\": " + work.entryId()).contains("\"originalAssetId\": 7");
    }
}
