package org.youthimages.transcoder.media;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LadderTest {

    private static final int[] THIRTY = {30, 1};

    @Test
    void givesA1080pFilmEveryRungLargestFirst() {
        assertThat(Ladder.renditions(1920, 1080, THIRTY)).extracting(Rendition::label, Rendition::size)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1080p", "1920x1080"),
                        org.assertj.core.groups.Tuple.tuple("720p", "1280x720"),
                        org.assertj.core.groups.Tuple.tuple("480p", "854x480"),
                        org.assertj.core.groups.Tuple.tuple("360p", "640x360"));
    }

    @Test
    void keepsPortraitFilmsPortraitAndNamesRungsByTheShortSide() {
        assertThat(Ladder.renditions(1080, 1920, THIRTY)).extracting(Rendition::size)
                .containsExactly("1080x1920", "720x1280", "480x854", "360x640");
    }

    @Test
    void neverUpscales() {
        assertThat(Ladder.renditions(1280, 720, THIRTY)).extracting(Rendition::label)
                .containsExactly("720p", "480p", "360p");
        assertThat(Ladder.renditions(1600, 900, THIRTY)).extracting(Rendition::label)
                .containsExactly("720p", "480p", "360p");
    }

    @Test
    void givesAFilmSmallerThanTheLowestRungOneRenditionAtItsOwnEvenSize() {
        List<Rendition> renditions = Ladder.renditions(427, 241, THIRTY);

        assertThat(renditions).singleElement().satisfies(r -> {
            assertThat(r.label()).isEqualTo("360p");
            assertThat(r.size()).isEqualTo("428x242");
        });
    }

    @Test
    void capsTheLowBandwidthRenditionAt400KilobitsWithSound() {
        Rendition low = Ladder.renditions(1920, 1080, THIRTY).getLast();

        assertThat(low.maxVideoKbps() + low.audioKbps()).isLessThanOrEqualTo(400 * 95 / 100);
        assertThat(low.bufferKbits()).isEqualTo(low.maxVideoKbps());
    }

    @Test
    void halvesSixtyFramesPerSecondForTheSmallRungsAndRaisesTheCapOfTheLargeOnes() {
        List<Rendition> renditions = Ladder.renditions(1920, 1080, new int[] {60, 1});

        assertThat(renditions).extracting(Rendition::frameRate).containsExactly(60.0, 60.0, 30.0, 30.0);
        assertThat(renditions.getFirst().maxVideoKbps()).isEqualTo(7500);
        assertThat(renditions.getLast().maxVideoKbps()).isEqualTo(280);
    }

    @Test
    void picksAStandardConstantFrameRateNearTheAverageOfAVariableOne() {
        assertThat(Ladder.frameRate(video(29.7, 90000))).containsExactly(30000, 1001);
        assertThat(Ladder.frameRate(video(23.976, 23.976))).containsExactly(24000, 1001);
        assertThat(Ladder.frameRate(video(25, 25))).containsExactly(25, 1);
        assertThat(Ladder.frameRate(video(120, 120))).containsExactly(60, 1);
        assertThat(Ladder.frameRate(video(10, 10))).containsExactly(10, 1);
        assertThat(Ladder.frameRate(video(0, 0))).containsExactly(25, 1);
    }

    static Probe.VideoStream video(double avg, double real) {
        return new Probe.VideoStream(0, "h264", "High", 1920, 1080, 0, false, 1, 1, avg, real,
                MediaProbe.isVariable(avg, real), null, "yuv420p", 8, "bt709", "bt709", "bt709", false, 1920, 1080,
                null, 0L);
    }
}
