package org.youthimages.transcoder.media;

import org.junit.jupiter.api.Test;
import org.youthimages.storage.entry.RejectionReason;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ValidationTest {

    private static final MediaLimits LIMITS = new MediaLimits(60, 300, 5, 2_000_000_000L, 240);

    @Test
    void acceptsAFilmWithinEveryRule() {
        assertThat(Validation.check(probe(120_000L, 1920, 1080, 30), LIMITS)).isEmpty();
    }

    @Test
    void rejectsAFileOverTheSizeLimitFirst() {
        Probe big = new Probe("mov", 120_000L, 3_000_000_000L, null, false, List.of(), null, null);

        assertThat(reason(Validation.check(big, LIMITS))).isEqualTo(RejectionReason.FILE_TOO_LARGE);
    }

    @Test
    void rejectsAFileWithoutVideo() {
        Probe sound = new Probe("mp3", 120_000L, 1000, null, false,
                List.of(new Probe.StreamSummary(0, "audio", "mp3")), null, null);

        assertThat(reason(Validation.check(sound, LIMITS))).isEqualTo(RejectionReason.NO_VIDEO_STREAM);
    }

    @Test
    void refusesAbove8KAndAbsurdFrameRatesBeforeDecoding() {
        assertThat(reason(Validation.check(probe(120_000L, 8200, 4320, 30), LIMITS)))
                .isEqualTo(RejectionReason.RESOLUTION_TOO_LARGE);
        assertThat(reason(Validation.check(probe(120_000L, 7680, 4320, 30), LIMITS))).isNull();
        assertThat(reason(Validation.check(probe(120_000L, 1920, 1080, 1000), LIMITS)))
                .isEqualTo(RejectionReason.RESOLUTION_TOO_LARGE);
    }

    @Test
    void judgesResolutionByTheShortSideSoPortraitCounts() {
        assertThat(reason(Validation.check(probe(120_000L, 320, 180, 30), LIMITS)))
                .isEqualTo(RejectionReason.RESOLUTION_TOO_SMALL);
        assertThat(reason(Validation.check(probe(120_000L, 180, 320, 30), LIMITS)))
                .isEqualTo(RejectionReason.RESOLUTION_TOO_SMALL);
        assertThat(reason(Validation.check(probe(120_000L, 240, 426, 30), LIMITS))).isNull();
    }

    @Test
    void appliesTheLengthLimitsWithTheirTolerance() {
        assertThat(reason(Validation.checkLength(55, LIMITS))).isNull();
        assertThat(reason(Validation.checkLength(54.9, LIMITS))).isEqualTo(RejectionReason.TOO_SHORT);
        assertThat(reason(Validation.checkLength(305, LIMITS))).isNull();
        assertThat(reason(Validation.checkLength(305.1, LIMITS))).isEqualTo(RejectionReason.TOO_LONG);
    }

    @Test
    void leavesTheLengthToTheDecodeWhenTheHeaderHasNone() {
        assertThat(Validation.check(probe(null, 1280, 720, 30), LIMITS)).isEmpty();
    }

    @Test
    void tellsTheEntrantTheirLengthAndTheLimitInMinutes() {
        Rejection rejection = Validation.checkLength(432, LIMITS).orElseThrow();

        assertThat(rejection.message()).isEqualTo("Your film is 7:12 long. Films for this contest can be at most "
                + "5:00 long. Please shorten it and upload it again.");
    }

    private static RejectionReason reason(Optional<Rejection> rejection) {
        return rejection.map(Rejection::reason).orElse(null);
    }

    private static Probe probe(Long durationMs, int width, int height, double fps) {
        Probe.VideoStream video = new Probe.VideoStream(0, "h264", "High", width, height, 0, false, 1, 1, fps, fps,
                false, null, "yuv420p", 8, "bt709", "bt709", "bt709", false, width, height, null, 0L);
        return new Probe("mov,mp4,m4a,3gp,3g2,mj2", durationMs, 50_000_000, null, false,
                List.of(new Probe.StreamSummary(0, "video", "h264")), video, null);
    }
}
