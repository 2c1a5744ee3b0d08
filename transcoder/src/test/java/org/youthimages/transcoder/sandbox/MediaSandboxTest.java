package org.youthimages.transcoder.sandbox;

import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.youthimages.transcoder.media.Clip;
import org.youthimages.transcoder.media.MediaLimits;
import org.youthimages.transcoder.media.Progress;
import org.youthimages.transcoder.media.TranscodeResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The child process that does the FFmpeg work: what it is given, and what happens when it misbehaves. */
class MediaSandboxTest {

    private static final MediaLimits LIMITS = new MediaLimits(1, 20, 1, 1L << 30, 240);
    private static final long MEMORY_LIMIT = 3L << 30;

    private Path folder;

    @BeforeEach
    void folder(TestInfo test) throws IOException {
        folder = Files.createDirectories(Path.of("target", "sandbox", test.getTestMethod().orElseThrow().getName()));
    }

    private static MediaSandbox sandbox(Class<?> child, Duration timeLimit, Duration noProgressLimit) {
        return new MediaSandbox(new SandboxSettings(null, 128L << 20, MEMORY_LIMIT, timeLimit, noProgressLimit, 10),
                ObjectMapper.getDefault(), child.getName());
    }

    @Test
    void givesTheChildAClassPathThatStillWorksFromTheJobsOwnFolder() {
        String relative = "app/target/youth-images.jar" + java.io.File.pathSeparator + "lib/../other.jar";

        String absolute = MediaSandbox.absoluteClassPath(relative);

        assertThat(absolute.split(java.io.File.pathSeparator)).containsExactly(
                Path.of("app/target/youth-images.jar").toAbsolutePath().toString(),
                Path.of("other.jar").toAbsolutePath().toString());
    }

    @Test
    void transcodesInAChildProcessAndReportsProgress() {
        Path input = Clip.landscape().writeTo(folder.resolve("in.mp4"));
        List<String> progress = new CopyOnWriteArrayList<>();
        MediaSandbox sandbox = new MediaSandbox(new SandboxSettings(null, 256L << 20, MEMORY_LIMIT,
                Duration.ofMinutes(2), Duration.ofSeconds(30), 10), ObjectMapper.getDefault());

        TranscodeResult result = sandbox.run(input, folder.resolve("out"), LIMITS,
                (phase, percent) -> progress.add(phase + " " + percent), () -> false);

        assertThat(result.accepted()).isTrue();
        assertThat(result.renditions()).extracting(TranscodeResult.RenditionFile::label).containsExactly("360p");
        assertThat(folder.resolve("out").resolve("360p.mp4")).isNotEmptyFile();
        assertThat(progress).contains(Progress.ENCODING + " 100.0").anyMatch(p -> p.startsWith(Progress.ANALYSING));
    }

    @Test
    void givesTheChildOnlyItsFilesAndLimitsNoEnvironmentAndCapsItsMemory() throws Exception {
        Path input = Files.writeString(folder.resolve("in.mp4"), "film");
        AtomicBoolean stop = new AtomicBoolean();
        Thread canceller = Thread.ofPlatform().start(() -> {
            while (!Files.exists(folder.resolve("out").resolve("seen.txt"))) {
                sleep(50);
            }
            stop.set(true);
        });

        assertThatThrownBy(() -> sandbox(TestChildren.Hangs.class, Duration.ofMinutes(1), Duration.ofMinutes(1))
                .run(input, folder.resolve("out"), LIMITS, Progress.NONE, stop::get))
                .isInstanceOfSatisfying(SandboxFailure.class, f -> assertThat(f.kind())
                        .isEqualTo(SandboxFailure.Kind.CANCELLED));
        canceller.join();

        String seen = Files.readString(folder.resolve("out").resolve("seen.txt"));
        assertThat(seen).contains("environment={MALLOC_ARENA_MAX=2}\n");
        assertThat(seen).contains("arguments=[" + input.toAbsolutePath() + ", " + folder.resolve("out").toAbsolutePath()
                + ", 1, 20, 1, 1073741824, 240]");
        assertThat(seen).containsPattern("Max address space +" + MEMORY_LIMIT + " +" + MEMORY_LIMIT + " +bytes");
        assertThat(seen).containsPattern("Max core file size +0 +0");
        long heap = Long.parseLong(seen.replaceAll("(?s).*heap=(\\d+).*", "$1"));
        assertThat(heap).isLessThanOrEqualTo(128L << 20);
    }

    @Test
    void killsAChildThatStopsMakingProgress() {
        Path input = folder.resolve("in.mp4");
        long started = System.nanoTime();

        assertThatThrownBy(() -> sandbox(TestChildren.Hangs.class, Duration.ofMinutes(1), Duration.ofSeconds(2))
                .run(input, folder.resolve("out"), LIMITS, Progress.NONE, () -> false))
                .isInstanceOfSatisfying(SandboxFailure.class, f -> {
                    assertThat(f.kind()).isEqualTo(SandboxFailure.Kind.TIMEOUT);
                    assertThat(f.getMessage()).contains("no progress for PT2S");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
        assertNoChildLeft();
    }

    @Test
    void killsAChildOverItsTimeLimitEvenWhileItReportsProgress() {
        assertThatThrownBy(() -> sandbox(TestChildren.Dawdles.class, Duration.ofSeconds(3), Duration.ofSeconds(2))
                .run(folder.resolve("in.mp4"), folder.resolve("out"), LIMITS, Progress.NONE, () -> false))
                .isInstanceOfSatisfying(SandboxFailure.class, f -> {
                    assertThat(f.kind()).isEqualTo(SandboxFailure.Kind.TIMEOUT);
                    assertThat(f.getMessage()).contains("over the time limit of PT3S");
                });
        assertNoChildLeft();
    }

    @Test
    void survivesANativeCrashOfTheChild() {
        assertThatThrownBy(() -> sandbox(TestChildren.Crashes.class, Duration.ofMinutes(1), Duration.ofMinutes(1))
                .run(folder.resolve("in.mp4"), folder.resolve("out"), LIMITS, Progress.NONE, () -> false))
                .isInstanceOfSatisfying(SandboxFailure.class, f -> {
                    assertThat(f.kind()).isEqualTo(SandboxFailure.Kind.CRASHED);
                    assertThat(f.getMessage()).contains("signal 6").contains("SIGABRT");
                });
    }

    @Test
    void reportsTheChildsOwnErrorWhenItFails() {
        assertThatThrownBy(() -> sandbox(TestChildren.Fails.class, Duration.ofMinutes(1), Duration.ofMinutes(1))
                .run(folder.resolve("in.mp4"), folder.resolve("out"), LIMITS, Progress.NONE, () -> false))
                .isInstanceOfSatisfying(SandboxFailure.class, f -> {
                    assertThat(f.kind()).isEqualTo(SandboxFailure.Kind.FAILED);
                    assertThat(f.getMessage()).contains("exit 1").contains("Cannot allocate memory");
                });
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void assertNoChildLeft() {
        assertThat(ProcessHandle.current().children().filter(ProcessHandle::isAlive)).isEmpty();
    }
}
