package org.youthimages.transcoder.worker;

import io.micronaut.context.ApplicationContext;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The transcoder worker as its own process, for other machines: it connects to the platform's PostgreSQL and
 * object storage, runs {@code YI_WORKER_THREADS} job workers, and stops gracefully on SIGTERM or Ctrl-C.
 */
public final class StandaloneWorker {

    /** The variables without which the worker has nothing to connect to. */
    static final List<String> REQUIRED = List.of("YI_DATABASE_URL", "YI_S3_ENDPOINT");

    private StandaloneWorker() {
    }

    /** @return the exit code */
    public static int run(Map<String, String> environment, PrintStream err) throws InterruptedException {
        List<String> missing = new ArrayList<>();
        for (String name : REQUIRED) {
            String value = environment.get(name);
            if (value == null || value.isBlank()) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            err.println("The worker connects to the platform's own PostgreSQL and object storage, and "
                    + String.join(" and ", missing) + (missing.size() > 1 ? " are" : " is") + " not set.");
            err.println("Set YI_DATABASE_URL (with YI_DATABASE_USER, YI_DATABASE_PASSWORD) and YI_S3_ENDPOINT "
                    + "(with YI_S3_ACCESS_KEY, YI_S3_SECRET_KEY) to the ones the application uses; see the README, "
                    + "\"Workers on other machines\".");
            return 2;
        }
        ApplicationContext context;
        try {
            context = ApplicationContext.builder()
                    .environments("worker")
                    .deduceEnvironment(false)
                    .banner(false)
                    .start();
        } catch (RuntimeException e) {
            err.println("The worker cannot start: " + rootCause(e).getMessage());
            err.println("Check YI_DATABASE_URL, YI_DATABASE_USER, YI_DATABASE_PASSWORD and YI_S3_* (see the README).");
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
            context.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    private static Throwable rootCause(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
