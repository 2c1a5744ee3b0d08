package org.youthimages.transcoder.sandbox;

/** The child process did not produce a result: why, and the end of what it wrote to stderr. */
public final class SandboxFailure extends RuntimeException {

    public enum Kind {
        /** Over the wall-clock limit, or no progress for too long. */
        TIMEOUT,
        /** Killed by a signal: a native crash (SIGSEGV, SIGABRT) or the memory cap. */
        CRASHED,
        /** Exited with an error it reported. */
        FAILED,
        /** Stopped because the job was cancelled (shutdown, or its lease lost). */
        CANCELLED
    }

    private final Kind kind;

    SandboxFailure(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
