package org.youthimages.storage.job;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobSettingsTest {

    private final JobSettings settings = new JobSettings(Duration.ofSeconds(60), Duration.ofSeconds(5),
            Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofMinutes(10), 5);

    @Test
    void doublesTheWaitAfterEachFailedAttemptUpToTheCap() {
        assertThat(settings.backoffAfter(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.backoffAfter(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(settings.backoffAfter(4)).isEqualTo(Duration.ofSeconds(80));
        assertThat(settings.backoffAfter(7)).isEqualTo(Duration.ofMinutes(10));
        assertThat(settings.backoffAfter(200)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void refusesAHeartbeatThatCouldNotKeepTheLease() {
        assertThatThrownBy(() -> new JobSettings(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(1),
                Duration.ofSeconds(10), Duration.ofMinutes(10), 5))
                .hasMessageContaining("must be shorter than yi.jobs.lease");
    }
}
