package org.youthimages.transcoder.sandbox;

import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.youthimages.transcoder.media.MediaLimits;
import org.youthimages.transcoder.media.Progress;
import org.youthimages.transcoder.media.TranscodeResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Runs the media pipeline of one job in a child JVM: same classpath, an empty environment, only the input file,
 * the output folder and the limits as arguments, a heap and address-space cap, lower CPU priority, and a
 * wall-clock and a no-progress limit enforced from here. A native crash or a hang kills the child, never us.
 */
@Singleton
public class MediaSandbox {

    private static final Logger LOG = LoggerFactory.getLogger(MediaSandbox.class);
    private static final long FILE_SIZE_LIMIT = 4L << 30;
    private static final Duration POLL = Duration.ofMillis(200);

    private final SandboxSettings settings;
    private final ObjectMapper json;
    private final String mainClass;
    private final Tools tools;

    @Inject
    MediaSandbox(SandboxSettings settings, ObjectMapper json) {
        this(settings, json, SandboxMain.class.getName());
    }

    MediaSandbox(SandboxSettings settings, ObjectMapper json, String mainClass) {
        this.settings = settings;
        this.json = json;
        this.mainClass = mainClass;
        this.tools = Tools.find();
    }

    /**
     * @param cancelled polled while the child runs; when true the child is killed
     * @return the pipeline's result: outputs in {@code folder}, or the reason the film was rejected
     * @throws SandboxFailure when the child produced no result (timeout, crash, error, cancellation)
     */
    public TranscodeResult run(Path input, Path folder, MediaLimits limits, Progress progress, BooleanSupplier cancelled) {
        Path result = folder.resolve(SandboxMain.RESULT);
        try {
            Files.createDirectories(folder);
            Files.deleteIfExists(result);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare " + folder, e);
        }
        ProcessBuilder builder = new ProcessBuilder(command(input, folder, limits)).directory(folder.toFile());
        builder.environment().clear();
        // glibc's per-thread arenas would count gigabytes of address space against the cap without using them.
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        Process child = start(builder);
        ChildOutput output = new ChildOutput(child, progress);
        supervise(child, output, cancelled);
        output.finish();
        int exit = child.exitValue();
        if (exit != 0) {
            throw exit > 128
                    ? new SandboxFailure(SandboxFailure.Kind.CRASHED, "media process killed by signal " + (exit - 128)
                            + signalName(exit - 128) + output.errorTail())
                    : new SandboxFailure(SandboxFailure.Kind.FAILED, "media process failed (exit " + exit + ")"
                            + output.errorTail());
        }
        return read(result, output);
    }

    List<String> command(Path input, Path folder, MediaLimits limits) {
        List<String> command = new ArrayList<>();
        if (tools.nice() != null && settings.nice() > 0) {
            command.addAll(List.of(tools.nice(), "-n", Integer.toString(settings.nice())));
        }
        if (tools.prlimit() != null) {
            command.addAll(List.of(tools.prlimit(), "--as=" + settings.memoryLimit(), "--fsize=" + FILE_SIZE_LIMIT,
                    "--core=0", "--"));
        }
        command.addAll(List.of(javaExecutable(), "-Xmx" + Math.max(64, settings.heap() >> 20) + "m",
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=48m",
                "-XX:CompressedClassSpaceSize=64m", "-XX:MaxMetaspaceSize=160m", "-XX:-UsePerfData",
                "-XX:ErrorFile=" + folder.toAbsolutePath().resolve("hs_err_%p.log"),
                "-Djava.io.tmpdir=" + folder.toAbsolutePath(), "--enable-native-access=ALL-UNNAMED",
                "-Dlogback.configurationFile=logback-transcoder.xml", "-Dyi.log.target=System.err",
                "-Dyi.log.level=WARN",
                "-cp", absoluteClassPath(System.getProperty("java.class.path")), mainClass,
                input.toAbsolutePath().toString(), folder.toAbsolutePath().toString(),
                Integer.toString(limits.minSeconds()), Integer.toString(limits.maxSeconds()),
                Integer.toString(limits.toleranceSeconds()), Long.toString(limits.maxFileBytes()),
                Integer.toString(limits.minShortSide())));
        return command;
    }

    /** The child runs in the job's folder: a relative entry such as {@code app/target/youth-images.jar} would miss. */
    static String absoluteClassPath(String classPath) {
        return java.util.Arrays.stream(classPath.split(java.io.File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).toAbsolutePath().normalize().toString())
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    private void supervise(Process child, ChildOutput output, BooleanSupplier cancelled) {
        long started = System.nanoTime();
        try {
            while (!child.waitFor(POLL.toMillis(), TimeUnit.MILLISECONDS)) {
                long now = System.nanoTime();
                if (cancelled.getAsBoolean()) {
                    kill(child, SandboxFailure.Kind.CANCELLED, "job cancelled");
                }
                if (now - started > settings.timeLimit().toNanos()) {
                    kill(child, SandboxFailure.Kind.TIMEOUT, "over the time limit of " + settings.timeLimit());
                }
                if (now - output.lastActivity() > settings.noProgressLimit().toNanos()) {
                    kill(child, SandboxFailure.Kind.TIMEOUT, "no progress for " + settings.noProgressLimit()
                            + " (last: " + output.lastProgress() + ")");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill(child, SandboxFailure.Kind.CANCELLED, "interrupted");
        }
    }

    private static void kill(Process child, SandboxFailure.Kind kind, String why) {
        LOG.warn("Killing media process {}: {}", child.pid(), why);
        child.destroyForcibly();
        try {
            child.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new SandboxFailure(kind, why);
    }

    private TranscodeResult read(Path result, ChildOutput output) {
        try {
            return json.readValue(Files.readAllBytes(result), TranscodeResult.class);
        } catch (IOException e) {
            throw new SandboxFailure(SandboxFailure.Kind.FAILED, "media process left no readable result: "
                    + e.getMessage() + output.errorTail());
        }
    }

    private static Process start(ProcessBuilder builder) {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the media process " + builder.command().getFirst(), e);
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String signalName(int signal) {
        return switch (signal) {
            case 6 -> " (SIGABRT: a native crash or out of memory)";
            case 9 -> " (SIGKILL)";
            case 11 -> " (SIGSEGV: a native crash)";
            case 25 -> " (SIGXFSZ: output too large)";
            default -> "";
        };
    }

    /** The programs that cap and deprioritise the child, where this system has them (util-linux, coreutils). */
    record Tools(String prlimit, String nice) {

        static Tools find() {
            String prlimit = onPath("prlimit");
            if (prlimit == null) {
                LOG.warn("prlimit (util-linux) not found: media processes run without an address-space cap");
            }
            return new Tools(prlimit, onPath("nice"));
        }

        private static String onPath(String program) {
            String path = System.getenv("PATH");
            for (String folder : (path == null ? "/usr/bin:/bin" : path + ":/usr/bin:/bin").split(":")) {
                Path candidate = Path.of(folder, program);
                if (!folder.isEmpty() && Files.isExecutable(candidate)) {
                    return candidate.toString();
                }
            }
            return null;
        }
    }
}
