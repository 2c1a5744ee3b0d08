package org.youthimages.transcoder.media;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GraphDescriptionsTest {

    @Test
    void turnsPicturesUprightTheWayTheDisplayMatrixSays() {
        assertThat(GraphDescriptions.orientation(0, false)).isEmpty();
        assertThat(GraphDescriptions.orientation(90, false)).containsExactly("transpose=clock");
        assertThat(GraphDescriptions.orientation(180, false)).containsExactly("hflip", "vflip");
        assertThat(GraphDescriptions.orientation(270, false)).containsExactly("transpose=cclock");
        assertThat(GraphDescriptions.orientation(0, true)).containsExactly("hflip");
    }

    @Test
    void scalesEachRungFromTheOneAboveAndBranchesPosterAndStoryboardOff() {
        Probe.VideoStream video = LadderTest.video(30, 30);
        OutputPlan plan = OutputPlan.of(new Probe("mov", 10_000L, 1, null, false, List.of(), video, null),
                new AnalysisPass.Analysis(10, 10, 0, -20));

        String graph = GraphDescriptions.video("buffer@in=x", plan, video);

        assertThat(graph).startsWith("buffer@in=x,fps=fps=30/1:start_time=0,scale=w=1920:h=1080:flags=bicubic"
                        + ":in_color_matrix=auto:out_color_matrix=bt709:out_range=tv")
                .contains("split=2[o0][c1];[o0]buffersink@v1080p")
                .contains("[c1]scale=w=1280:h=720:flags=bicubic,setsar=1,split=3[o1][c2][p]")
                .contains("[c3]scale=w=640:h=360:flags=bicubic,setsar=1,split=2[o3][s]")
                .contains("[s]fps=fps=1/1:start_time=0,scale=w=160:h=90");
        assertThat(graph).doesNotContain("zscale");
    }

    @Test
    void readsUntaggedColoursAsPlayersDoAndMakesEveryRenditionBt709() {
        Probe.VideoStream tagged = LadderTest.video(30, 30);
        Probe.VideoStream untaggedHd = new Probe.VideoStream(0, "h264", null, 1920, 1080, 0, false, 1, 1, 30, 30,
                false, null, "yuv420p", 8, null, null, "unknown", false, 1920, 1080, null, 0L);
        Probe.VideoStream untaggedSd = new Probe.VideoStream(0, "mpeg4", null, 720, 576, 0, false, 16, 15, 25, 25,
                false, null, "yuv420p", 8, null, null, null, false, 768, 576, null, 0L);

        assertThat(GraphDescriptions.colours(tagged)).startsWith(":in_color_matrix=auto:out_color_matrix=bt709");
        assertThat(GraphDescriptions.colours(untaggedHd)).startsWith(":in_color_matrix=bt709:");
        assertThat(GraphDescriptions.colours(untaggedSd)).startsWith(":in_color_matrix=bt601:");
    }

    @Test
    void toneMapsHdrToSdr() {
        Probe.VideoStream hdr = new Probe.VideoStream(0, "hevc", "Main 10", 3840, 2160, 0, false, 1, 1, 30, 30, false,
                null, "yuv420p10le", 10, "smpte2084", "bt2020", "bt2020nc", true, 3840, 2160, null, 0L);
        OutputPlan plan = OutputPlan.of(new Probe("mov", 10_000L, 1, null, false, List.of(), hdr, null),
                new AnalysisPass.Analysis(10, 10, 0, -20));

        assertThat(GraphDescriptions.video("buffer@in=x", plan, hdr))
                .contains("zscale=w=1920:h=1080:t=linear:npl=100").contains("tonemap=tonemap=hable");
    }

    @Test
    void bringsTheSoundToTheTargetLoudnessWithALimiter() {
        assertThat(OutputPlan.gain(-26)).isEqualTo(10);
        assertThat(OutputPlan.gain(-9)).isEqualTo(-7);
        assertThat(OutputPlan.gain(-45)).isEqualTo(OutputPlan.MAX_BOOST_DB);
        assertThat(OutputPlan.gain(Double.NEGATIVE_INFINITY)).isZero();
    }
}
