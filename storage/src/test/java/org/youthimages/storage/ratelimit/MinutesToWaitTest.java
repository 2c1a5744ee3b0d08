package org.youthimages.storage.ratelimit;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A wait reads the same on every page that asks someone to try again later. */
class MinutesToWaitTest {

    @Test
    void aWaitIsCountedInWholeMinutesRoundedUpAndNeverZero() {
        assertThat(RateLimiter.minutesToWait(Duration.ofSeconds(5))).isEqualTo(1);
        assertThat(RateLimiter.minutesToWait(Duration.ofMinutes(10))).isEqualTo(10);
        assertThat(RateLimiter.minutesToWait(Duration.ofMinutes(10).plusSeconds(1))).isEqualTo(11);
        assertThat(RateLimiter.minutesToWait(Duration.ZERO)).isEqualTo(1);
    }
}
