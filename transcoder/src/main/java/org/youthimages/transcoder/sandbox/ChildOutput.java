package org.youthimages.transcoder.sandbox;

import org.youthimages.transcoder.media.Progress;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Reads the child's stdout (progress lines) and stderr (kept: its last lines explain a failure) on two threads,
 * and remembers when it last made progress.
 */
final class ChildOutput {

    private static final int ERROR_TAIL = 4000;

    private final Progress progress;
    private final Thread out;
    private final Thread err;
    private final StringBuilder errors = new StringBuilder();
    private volatile long lastActivity = System.nanoTime();
    private volatile String lastProgress = "none yet";

    ChildOutput(Process child, Progress progress) {
        this.progress = progress;
        out = Thread.ofPlatform().daemon().name("media-" + child.pid() + "-out").start(() -> readProgress(child));
        err = Thread.ofPlatform().daemon().name("media-" + child.pid() + "-err").start(() -> readErrors(child));
    }

    long lastActivity() {
        return lastActivity;
    }

    String lastProgress() {
        return lastProgress;
    }

    /** Waits briefly for the readers to drain what the finished child wrote. */
    void finish() {
        try {
            out.join(2000);
            err.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The end of what the child wrote to stderr, to append to a failure message. */
    String errorTail() {
        synchronized (errors) {
            String tail = errors.toString().strip();
            return tail.isEmpty() ? "" : "\n" + tail;
        }
    }

    private void readProgress(Process child) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] parts = line.strip().split(" ");
                if (parts.length == 3 && parts[0].equals(SandboxMain.PROGRESS)) {
                    lastActivity = System.nanoTime();
                    lastProgress = parts[1] + " " + parts[2] + "%";
                    progress.report(parts[1], parse(parts[2]));
                }
            }
        } catch (IOException ignored) {
            // the child is gone; its exit code tells the rest
        }
    }

    private void readErrors(Process child) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(child.getErrorStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("WARNING: ")) {
                    continue;
                }
                synchronized (errors) {
                    errors.append(line).append('\n');
                    if (errors.length() > ERROR_TAIL) {
                        errors.delete(0, errors.length() - ERROR_TAIL);
                    }
                }
            }
        } catch (IOException ignored) {
            // the child is gone; its exit code tells the rest
        }
    }

    private static double parse(String percent) {
        try {
            return Double.parseDouble(percent);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
