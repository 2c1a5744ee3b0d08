package org.youthimages.storage.job;

/** A failed attempt, with whether another attempt could succeed. */
public class JobFailure extends RuntimeException {

    private final boolean permanent;

    private JobFailure(String message, Throwable cause, boolean permanent) {
        super(message, cause);
        this.permanent = permanent;
    }

    /** No retry can fix it: the job is dead at once. */
    public static JobFailure permanent(String message) {
        return new JobFailure(message, null, true);
    }

    /** Worth another attempt after the backoff. */
    public static JobFailure retryable(String message, Throwable cause) {
        return new JobFailure(message, cause, false);
    }

    public boolean permanent() {
        return permanent;
    }
}
