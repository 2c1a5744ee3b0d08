package org.youthimages.transcoder;

import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.youthimages.transcoder.media.Clip;
import org.youthimages.transcoder.media.Probe;
import org.youthimages.transcoder.media.TranscodeResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The worker jar's commands, run as people who operate the platform run them: {@code java -jar … COMMAND}. */
class WorkerJarIT {

    private static final Path FOLDER = Path.of("target", "test-clips", "jar");

    record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", jar().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().putAll(Map.of("PATH", System.getenv("PATH")));
        Path out = Files.createTempFile("jar-out", ".txt");
        Path err = Files.createTempFile("jar-err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static Path jar() {
        return org.youthimages.transcoder.worker.WorkerJar.find();
    }

    @Test
    void theWorkerRefusesToStartWithoutTheDatabaseAndStorageItWorksFor() throws Exception {
        Run run = run("worker");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("YI_DATABASE_URL and YI_S3_ENDPOINT are not set");
    }

    @Test
    void probePrintsWhatAFileHoldsAsJson() throws Exception {
        Path clip = Clip.landscape().rotation(90).writeTo(Files.createDirectories(FOLDER).resolve("probe.mp4"));

        Run run = run("probe", clip.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        Probe probe = ObjectMapper.getDefault().readValue(run.out().strip(), Probe.class);
        assertThat(probe.video().codec()).isEqualTo("h264");
        assertThat(probe.video().rotation()).isEqualTo(90);
        assertThat(probe.audio().sampleRate()).isEqualTo(48_000);
    }

    @Test
    void transcodeWritesTheOutputsAndPrintsASummary() throws Exception {
        Path clip = Clip.landscape().writeTo(Files.createDirectories(FOLDER).resolve("film.mp4"));
        Path out = FOLDER.resolve("out");

        Run run = run("transcode", clip.toString(), out.toString(), "--min-seconds", "1", "--max-seconds", "10");

        assertThat(run.exit()).as(run.err()).isZero();
        TranscodeResult result = ObjectMapper.getDefault().readValue(run.out().strip(), TranscodeResult.class);
        assertThat(result.accepted()).isTrue();
        assertThat(out.resolve("360p.mp4")).isNotEmptyFile();
        assertThat(out.resolve("poster-w640.jpg")).isNotEmptyFile();
        assertThat(out.resolve("sprite.jpg")).isNotEmptyFile();
        assertThat(out.resolve("thumbnails.vtt")).content().startsWith("WEBVTT");
    }

    @Test
    void transcodeExitsNonZeroWithTheReasonWhenTheFilmBreaksTheRules() throws Exception {
        Path clip = Clip.landscape().writeTo(Files.createDirectories(FOLDER).resolve("short.mp4"));

        Run run = run("transcode", clip.toString(), FOLDER.resolve("rejected").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("REJECTED TOO_SHORT: Your film is 0:03 long")
                .contains("at least 1:00 long");
        assertThat(run.out()).contains("\"rejection\"");
    }

    @Test
    void explainsItsCommandsWhenCalledWithoutOne() throws Exception {
        Run run = run();

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("probe FILE").contains("transcode FILE OUTDIR").contains("worker");
    }
}
