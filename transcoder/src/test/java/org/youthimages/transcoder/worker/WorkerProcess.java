package org.youthimages.transcoder.worker;

import org.youthimages.storage.objects.ObjectStorageConnection;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A standalone worker in its own JVM, started the way an operator starts one on another machine
 * ({@code java -jar transcoder-*-worker.jar worker}), pointed at this test's PostgreSQL and S3 server.
 */
final class WorkerProcess implements AutoCloseable {

    private final String id;
    private final Path dataDir;
    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private final CountDownLatch started = new CountDownLatch(1);

    private WorkerProcess(String id, Path dataDir, Process process) {
        this.id = id;
        this.dataDir = dataDir;
        this.process = process;
        Thread.ofPlatform().daemon().start(this::read);
    }

    static WorkerProcess start(String id, String databaseUrl, ObjectStorageConnection storage) throws IOException {
        Path dataDir = Files.createDirectories(Path.of("target", "workers", id).toAbsolutePath());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Dyi.worker.id=" + id, "-Dyi.jobs.lease=3s", "-Dyi.jobs.heartbeat=500ms",
                "-Dyi.jobs.poll-interval=200ms", "-jar", WorkerJar.find().toString(), "worker"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(Map.of("PATH", System.getenv("PATH"), "YI_DATABASE_URL", databaseUrl,
                "YI_DATABASE_USER", "postgres", "YI_S3_ENDPOINT", storage.endpoint(),
                "YI_S3_ACCESS_KEY", storage.accessKey(), "YI_S3_SECRET_KEY", storage.secretKey(),
                "YI_S3_BUCKET", storage.bucket(), "YI_DATA_DIR", dataDir.toString(), "YI_WORKER_THREADS", "1"));
        return new WorkerProcess(id, dataDir, builder.start());
    }

    String id() {
        return id;
    }

    /** Waits until its job workers run; false when it did not get there in time (its output says why). */
    boolean awaitStarted(Duration timeout) throws InterruptedException {
        return started.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    String output() {
        return String.join("\n", output);
    }

    /** As {@code kill -9}: no shutdown hook, no goodbye. */
    void killHard() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    /** True while a media process this worker started is still alive (its work folder is on its command line). */
    boolean mediaProcessAlive() {
        String folder = dataDir.toString();
        return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
                .anyMatch(p -> p.info().arguments().map(args -> String.join(" ", args).contains(folder)).orElse(false));
    }

    private void read() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                output.add(line);
                if (line.contains("job worker thread(s) as " + id)) {
                    started.countDown();
                }
            }
        } catch (IOException ignored) {
            // the process is gone
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
