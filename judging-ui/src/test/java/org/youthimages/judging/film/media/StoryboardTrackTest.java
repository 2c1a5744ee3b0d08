package org.youthimages.judging.film.media;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StoryboardTrackTest {

    @Test
    void pointsEveryCueAtTheJudgingServersSpriteAddressKeepingItsTile() {
        String vtt = """
                WEBVTT

                00:00:00.000 --> 00:00:05.000
                sprite.jpg#xywh=0,0,160,90

                00:00:05.000 --> 00:00:10.000
                https://storage.example.org/entries/YI-2027-AAAAA/storyboard/sprite.jpg#xywh=160,0,160,90
                """;

        String served = StoryboardTrack.pointAt(vtt, "/media/12/34");

        assertThat(served).contains("/media/12/34#xywh=0,0,160,90", "/media/12/34#xywh=160,0,160,90")
                .doesNotContain("sprite.jpg").startsWith("WEBVTT").contains("00:00:05.000 --> 00:00:10.000");
    }

    @Test
    void keepsTheBlankLinesBetweenCuesSoEveryCueIsRead() {
        String vtt = "WEBVTT\r\n\r\n00:00:00.000 --> 00:00:05.000\r\nsprite.jpg#xywh=0,0,160,90 \r\n\r\n"
                + "00:00:05.000 --> 00:00:10.000\r\nsprite.jpg#xywh=160,0,160,90\r\n";

        String served = StoryboardTrack.pointAt(vtt, "/media/12/34");

        assertThat(served).isEqualTo("WEBVTT\r\n\r\n00:00:00.000 --> 00:00:05.000\r\n/media/12/34#xywh=0,0,160,90\r\n\r\n"
                + "00:00:05.000 --> 00:00:10.000\r\n/media/12/34#xywh=160,0,160,90\r\n");
        assertThat(StoryboardTrack.pointAt(vtt.replace("\r\n", "\n"), "/media/12/34").split("\n\n")).hasSize(3);
    }

    @Test
    void leavesTheTrackAsItIsWithoutASprite() {
        assertThat(StoryboardTrack.pointAt("WEBVTT\n", null)).isEqualTo("WEBVTT\n");
    }
}
