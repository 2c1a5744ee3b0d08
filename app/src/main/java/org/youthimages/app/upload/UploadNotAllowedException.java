package org.youthimages.app.upload;

import io.micronaut.core.annotation.Nullable;

import java.time.Duration;

/** The upload may not start or go on, for a reason of the contest's rules rather than of the protocol. */
class UploadNotAllowedException extends RuntimeException {

    enum Reason { NO_ENTRY, EDITION_CLOSED, ENTRY_FINISHED, TOO_LARGE, EMPTY, RATE_LIMITED }

    private final Reason reason;
    @Nullable private final Duration retryAfter;

    UploadNotAllowedException(Reason reason, String message, @Nullable Duration retryAfter) {
        super(message);
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    Reason reason() {
        return reason;
    }

    @Nullable
    Duration retryAfter() {
        return retryAfter;
    }
}
