package org.youthimages.storage.ratelimit;

import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;

/** Counts what a client does per time window and says when it is too much, the same for every app instance. */
@Singleton
public class RateLimiter {

    private final RateLimits limits;

    RateLimiter(RateLimits limits) {
        this.limits = limits;
    }

    /**
     * Counts one more action of {@code key} (e.g. {@code upload-create:203.0.113.7}) in the current window.
     *
     * @return when the client may try again, or {@code Duration.ZERO} when this action is within the limit
     */
    public Duration hit(String key, int limit, Duration window) {
        long windowMillis = window.toMillis();
        long now = System.currentTimeMillis();
        Instant windowStart = Instant.ofEpochMilli(now - now % windowMillis);
        int hits = limits.hit(key, windowStart);
        if (hits <= limit) {
            return Duration.ZERO;
        }
        return Duration.ofMillis(windowStart.toEpochMilli() + windowMillis - now);
    }

    /** How a wait reads to people: whole minutes, rounded up, at least one ("try again in 1 minute", never 0). */
    public static long minutesToWait(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    /** Drops windows that ended long ago. */
    public int forgetOlderThan(Duration age) {
        return limits.forgetBefore(Instant.now().minus(age));
    }
}
