package org.youthimages.transcoder.media;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.youthimages.storage.entry.RejectionReason;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The media pipeline on a corpus of small films made by the tests, each output read back and checked: codecs,
 * size and orientation, duration within 0.1 s of the source, sound in sync with the picture, index at the front,
 * no location metadata, a poster that is not black.
 */
class MediaPipelineTest {

    static final MediaLimits LIMITS = new MediaLimits(1, 20, 1, 1L << 30, 240);
    private static final double FRAME = 0.045;
    private static final double HALF_FRAME = 0.021;

    private Path folder;

    @org.junit.jupiter.api.BeforeEach
    void folder(TestInfo test) throws IOException {
        folder = Files.createDirectories(Path.of("target", "test-clips", test.getTestMethod().orElseThrow().getName()));
    }

    @Test
    void makesTheWholeLadderFromALandscape1080pFilmWithSoundInSync() {
        Path source = Clip.landscape().size(1920, 1080).blackLeadIn(0.8).withLocation().writeTo(folder.resolve("in.mp4"));

        TranscodeResult result = transcode(source);

        assertThat(result.probe().locationMetadata()).isTrue();
        assertThat(result.renditions()).extracting(TranscodeResult.RenditionFile::label)
                .containsExactly("1080p", "720p", "480p", "360p");
        assertThat(result.renditions()).extracting(r -> r.width() + "x" + r.height())
                .containsExactly("1920x1080", "1280x720", "854x480", "640x360");
        result.renditions().forEach(r -> assertPlayable(out(r), 3.0, true));
        assertInSync(out(result.renditions().get(1)), source);
        assertThat(result.posters()).extracting(TranscodeResult.PosterFile::width).containsExactly(1280, 640, 320);
        double posterLuma = MediaCheck.pictures(folder.resolve("out").resolve("poster-w640.jpg")).getFirst().meanLuma();
        assertThat(posterLuma).as("poster brightness").isBetween(PosterPicker.DARKEST, PosterPicker.BRIGHTEST);
        assertThat(result.storyboard().tiles()).isEqualTo(3);
        assertThat(folder.resolve("out").resolve(MediaPipeline.TRACK)).content()
                .startsWith("WEBVTT").contains("00:00:02.000 --> 00:00:03.0").contains("sprite.jpg#xywh=320,0,160,90");
    }

    @Test
    void turnsAPhonePortraitFilmUprightByItsRotationMetadata() {
        Path source = Clip.landscape().size(1280, 720).rotation(90).writeTo(folder.resolve("in.mp4"));

        TranscodeResult result = transcode(source);

        assertThat(result.probe().video().rotation()).isEqualTo(90);
        assertThat(result.renditions()).extracting(r -> r.width() + "x" + r.height())
                .containsExactly("720x1280", "480x854", "360x640");
        Path top = out(result.renditions().getFirst());
        assertPlayable(top, 3.0, true);
        // The coded picture's top-left corner is bright; turned a quarter clockwise it sits top right.
        double[] corners = MediaCheck.topCorners(top, 0.5);
        assertThat(corners[1]).as("top right against top left").isGreaterThan(corners[0] + 60);
    }

    @Test
    void correctsNonSquarePixels() {
        Path source = Clip.landscape().size(480, 360).sar(4, 3).writeTo(folder.resolve("in.mp4"));

        TranscodeResult result = transcode(source);

        assertThat(result.probe().video().displayWidth()).isEqualTo(640);
        assertThat(result.renditions()).singleElement().satisfies(r -> {
            assertThat(r.width() + "x" + r.height()).isEqualTo("640x360");
            Probe probe = assertPlayable(out(r), 3.0, true);
            assertThat(probe.video().sarNum()).isEqualTo(probe.video().sarDen());
        });
    }

    @Test
    void makesOddSizesEven() {
        Path source = Clip.landscape().size(427, 241).codecs("libx264", "yuv444p", "aac", "mp4")
                .writeTo(folder.resolve("in.mp4"));

        TranscodeResult result = transcode(source);

        assertThat(result.renditions()).singleElement().satisfies(r -> {
            assertThat(r.width() % 2).isZero();
            assertThat(r.height() % 2).isZero();
            assertThat(r.width()).isBetween(426, 428);
            assertPlayable(out(r), 3.0, true);
        });
    }

    @Test
    void makesVariableFrameRateConstantWithoutAudioDrift() {
        Path source = Clip.landscape().variableFrameRate().seconds(4).markers(List.of(1.0, 3.0))
                .writeTo(folder.resolve("in.mp4"));

        TranscodeResult result = transcode(source);

        assertThat(result.probe().video().variableFrameRate()).isTrue();
        Path rendition = out(result.renditions().getFirst());
        Probe probe = assertPlayable(rendition, 4.0, true);
        assertThat(probe.video().variableFrameRate()).isFalse();
        List<MediaCheck.Picture> pictures = MediaCheck.pictures(rendition);
        double step = pictures.get(1).seconds() - pictures.get(0).seconds();
        for (int i = 1; i < pictures.size(); i++) {
            assertThat(pictures.get(i).seconds() - pictures.get(i - 1).seconds()).isCloseTo(step, within(0.002));
        }
        assertInSync(rendition, source);
    }

    @Test
    void keepsSoundThatStartsBeforeThePictureInSync() {
        Path source = Clip.landscape().starts(0.4, 0).writeTo(folder.resolve("in.mp4"));

        TranscodeResult result = transcode(source);

        Path rendition = out(result.renditions().getFirst());
        assertPlayable(rendition, 3.0, true);
        assertThat(MediaCheck.pictures(rendition).getFirst().seconds()).isCloseTo(0, within(0.001));
        assertInSync(rendition, source);
    }

    @Test
    void makesFilmsWithoutSoundWithoutError() {
        Path source = Clip.landscape().withoutAudio().writeTo(folder.resolve("in.mp4"));

        TranscodeResult result = transcode(source);

        assertThat(result.loudnessLufs()).isNull();
        result.renditions().forEach(r -> assertPlayable(out(r), 3.0, false));
    }

    @Test
    void acceptsAWebmRecordedByABrowserWithoutDurationInItsHeader() {
        Path source = Clip.landscape().codecs("libvpx-vp9", "yuv420p", "libopus", "webm").live()
                .writeTo(folder.resolve("in.webm"));

        TranscodeResult result = transcode(source);

        assertThat(result.probe().video().codec()).isEqualTo("vp9");
        assertThat(result.probe().audio().codec()).isEqualTo("opus");
        assertThat(result.durationMs()).isCloseTo(3000L, within(100L));
        result.renditions().forEach(r -> assertPlayable(out(r), 3.0, true));
        assertInSync(out(result.renditions().getFirst()), source);
    }

    @Test
    void bringsQuietAndLoudFilmsToTheSameLoudness() {
        Path quiet = Clip.landscape().markers(List.of()).sound(1, -32).writeTo(folder.resolve("quiet.mp4"));
        Path loud = Clip.landscape().markers(List.of()).sound(2, -3).writeTo(folder.resolve("loud.mp4"));

        double quietOut = loudness(out(transcode(quiet, "quiet").renditions().getFirst(), "quiet"));
        double loudOut = loudness(out(transcode(loud, "loud").renditions().getFirst(), "loud"));

        assertThat(quietOut).isCloseTo(OutputPlan.TARGET_LUFS, within(1.0));
        assertThat(loudOut).isCloseTo(OutputPlan.TARGET_LUFS, within(1.0));
    }

    @Test
    void turnsHdrIntoSdrThatLooksRight() {
        // PQ code 594 of 1023 is 203 cd/m², HDR's reference white: it must come out near SDR white, not grey.
        Path source = Clip.landscape().seconds(2).hdr(594).writeTo(folder.resolve("in.mp4"));

        TranscodeResult result = transcode(source);

        assertThat(result.probe().video().hdr()).isTrue();
        assertThat(result.probe().video().colorTransfer()).isEqualTo("smpte2084");
        Path rendition = out(result.renditions().getFirst());
        Probe probe = assertPlayable(rendition, 2.0, true);
        assertThat(probe.video().colorTransfer()).isEqualTo("bt709");
        assertThat(probe.video().hdr()).isFalse();
        assertThat(MediaCheck.pictures(rendition).get(10).meanLuma()).isBetween(170.0, 236.0);
    }

    @Test
    void keepsTheLowBandwidthRenditionWithin400KilobitsPerSecond() {
        Path source = Clip.landscape().seconds(6).writeTo(folder.resolve("in.mp4"));

        TranscodeResult result = transcode(source);

        TranscodeResult.RenditionFile low = result.renditions().getLast();
        assertThat(low.label()).isEqualTo("360p");
        assertThat(low.sizeBytes() * 8.0 / (low.durationMs() / 1000.0)).isLessThanOrEqualTo(400_000);
    }

    @Test
    void rejectsAFilmOverTheLengthLimit() {
        Path source = Clip.landscape().seconds(4).writeTo(folder.resolve("in.mp4"));

        TranscodeResult result = new MediaPipeline().run(source, folder.resolve("out"),
                LIMITS.withSeconds(1, 2).withTolerance(0), Progress.NONE);

        assertRejected(result, RejectionReason.TOO_LONG);
        assertThat(result.rejection().message()).contains("0:04").contains("0:02");
    }

    @Test
    void rejectsATruncatedFileWhoseIndexWasAtTheEnd() throws IOException {
        Path whole = Clip.landscape().indexAtEnd().writeTo(folder.resolve("whole.mp4"));
        Path cut = truncate(whole, 0.6);

        assertRejected(transcode(cut), RejectionReason.NOT_DECODABLE);
    }

    @Test
    void rejectsAFileThatCannotBeReadPastItsFirstSeconds() throws IOException {
        Path whole = Clip.landscape().seconds(5).writeTo(folder.resolve("whole.mp4"));
        Path cut = truncate(whole, 0.5);

        TranscodeResult result = transcode(cut);

        assertRejected(result, RejectionReason.NOT_DECODABLE);
        assertThat(result.rejection().message()).contains("could only play the first");
    }

    @Test
    void rejectsATextFileNamedMp4() throws IOException {
        Path text = Files.writeString(folder.resolve("film.mp4"), "This is my film, I hope you like it!\n".repeat(50));

        assertRejected(transcode(text), RejectionReason.UNSUPPORTED_FORMAT);
    }

    @Test
    void rejectsPlaylistsAndConcatListsThatPointAtOtherFiles() throws IOException {
        Path secret = Clip.landscape().writeTo(folder.resolve("other-entrants-film.mp4"));
        Path playlist = Files.writeString(folder.resolve("playlist.mp4"), "#EXTM3U\n#EXT-X-TARGETDURATION:3\n"
                + "#EXTINF:3.0,\n" + secret.toAbsolutePath() + "\n#EXT-X-ENDLIST\n");
        Path concat = Files.writeString(folder.resolve("concat.mp4"),
                "ffconcat version 1.0\nfile '" + secret.toAbsolutePath() + "'\n");

        assertRejected(transcode(playlist, "playlist"), RejectionReason.UNSUPPORTED_FORMAT);
        assertRejected(transcode(concat, "concat"), RejectionReason.UNSUPPORTED_FORMAT);
    }

    @Test
    void rejectsSoundWithoutPicture() {
        Path sound = Clip.landscape().withoutVideo().codecs("libx264", "yuv420p", "aac", "mp4")
                .writeTo(folder.resolve("song.m4a"));

        assertRejected(transcode(sound), RejectionReason.NO_VIDEO_STREAM);
    }

    @Test
    void rejectsAPictureTooSmallForTheJury() {
        Path tiny = Clip.landscape().size(320, 180).writeTo(folder.resolve("in.mp4"));

        assertRejected(transcode(tiny), RejectionReason.RESOLUTION_TOO_SMALL);
    }

    @Test
    void refusesToDecodeAbove8K() {
        Path huge = Clip.landscape().size(8448, 4352).fps(2).seconds(1).withoutAudio().writeTo(folder.resolve("in.mp4"));

        assertRejected(transcode(huge), RejectionReason.RESOLUTION_TOO_LARGE);
    }

    private TranscodeResult transcode(Path source) {
        return transcode(source, "out");
    }

    private TranscodeResult transcode(Path source, String output) {
        return new MediaPipeline().run(source, folder.resolve(output), LIMITS, Progress.NONE);
    }

    private Path out(TranscodeResult.RenditionFile rendition) {
        return out(rendition, "out");
    }

    private Path out(TranscodeResult.RenditionFile rendition, String output) {
        return folder.resolve(output).resolve(rendition.file());
    }

    /** A rendition any browser plays at once: H.264 + AAC stereo 48 kHz in faststart MP4, clean metadata. */
    static Probe assertPlayable(Path rendition, double sourceSeconds, boolean withSound) {
        Probe probe = new MediaProbe().probe(rendition);
        assertThat(probe.video().codec()).isEqualTo("h264");
        assertThat(probe.video().profile()).isEqualTo("High");
        assertThat(probe.video().pixelFormat()).isEqualTo("yuv420p");
        assertThat(probe.video().rotation()).isZero();
        assertThat(probe.video().width() % 2 + probe.video().height() % 2).isZero();
        assertThat(probe.durationMs() / 1000.0).as("duration").isCloseTo(sourceSeconds, within(0.1));
        assertThat(probe.locationMetadata()).isFalse();
        assertThat(MediaCheck.indexAtFront(rendition)).as("faststart").isTrue();
        if (withSound) {
            assertThat(probe.audio().codec()).isEqualTo("aac");
            assertThat(probe.audio().channels()).isEqualTo(2);
            assertThat(probe.audio().sampleRate()).isEqualTo(48_000);
        } else {
            assertThat(probe.audio()).isNull();
        }
        return probe;
    }

    /**
     * Each white flash lands on the output frame nearest to its time in the source (within half a frame), and its
     * beep with it (within a frame, the usual lip-sync tolerance).
     */
    static void assertInSync(Path rendition, Path source) {
        List<Double> expected = MediaCheck.flashes(source);
        List<Double> flashes = MediaCheck.flashes(rendition);
        List<Double> beeps = MediaCheck.beeps(rendition);
        assertThat(expected).as("flashes in the source").isNotEmpty();
        assertThat(flashes).as("flashes").hasSameSizeAs(expected);
        assertThat(beeps).as("beeps").hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(flashes.get(i)).as("flash " + i).isCloseTo(expected.get(i), within(HALF_FRAME));
            assertThat(beeps.get(i)).as("beep " + i).isCloseTo(flashes.get(i), within(FRAME));
        }
    }

    private static void assertRejected(TranscodeResult result, RejectionReason reason) {
        assertThat(result.accepted()).isFalse();
        assertThat(result.rejection().reason()).isEqualTo(reason);
        assertThat(result.rejection().message()).isNotBlank();
        assertThat(result.renditions()).isEmpty();
    }

    private static double loudness(Path file) {
        Probe probe = new MediaProbe().probe(file);
        return new AnalysisPass(file, probe, LIMITS, Progress.NONE).run().integratedLufs();
    }

    private Path truncate(Path whole, double share) throws IOException {
        byte[] bytes = Files.readAllBytes(whole);
        return Files.write(folder.resolve("cut.mp4"), java.util.Arrays.copyOf(bytes, (int) (bytes.length * share)));
    }
}
