package org.youthimages.app.upload;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.youthimages.storage.ratelimit.RateLimiter;
import org.youthimages.storage.upload.ResumableUploads;

import java.time.Duration;

/** Drops unfinished uploads past their expiry (and their parts in object storage), and old rate-limit counters. */
@Singleton
class UploadHousekeeping {

    private final ResumableUploads uploads;
    private final RateLimiter rateLimiter;

    UploadHousekeeping(ResumableUploads uploads, RateLimiter rateLimiter) {
        this.uploads = uploads;
        this.rateLimiter = rateLimiter;
    }

    @Scheduled(fixedDelay = "${yi.uploads.cleanup-interval:1m}", initialDelay = "30s")
    void clean() {
        while (uploads.expireDue(20) == 20) {
            // keep going while whole batches expire
        }
        rateLimiter.forgetOlderThan(Duration.ofDays(1));
    }
}
