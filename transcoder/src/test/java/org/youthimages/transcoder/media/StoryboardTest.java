package org.youthimages.transcoder.media;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StoryboardTest {

    @Test
    void takesATileEverySecondForShortFilmsAndAtMostAHundredTiles() {
        assertThat(Storyboard.plan(1920, 1080, 3)).isEqualTo(new Storyboard(160, 90, 3, 1, 3, 1));
        assertThat(Storyboard.plan(1920, 1080, 250.5)).isEqualTo(new Storyboard(160, 90, 10, 9, 84, 3));
        assertThat(Storyboard.plan(1920, 1080, 300).count()).isEqualTo(100);
    }

    @Test
    void keepsPortraitTilesPortrait() {
        Storyboard portrait = Storyboard.plan(1080, 1920, 60);

        assertThat(portrait.tileWidth()).isEqualTo(90);
        assertThat(portrait.tileHeight()).isEqualTo(160);
    }

    @Test
    void pointsEachStretchOfTheFilmAtItsTileAndEndsTheLastAtTheFilmsEnd() {
        Storyboard layout = Storyboard.plan(1280, 720, 150);

        String vtt = layout.webVtt("sprite.jpg", 13, 25.4);

        assertThat(vtt).startsWith("WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nsprite.jpg#xywh=0,0,160,90\n");
        assertThat(vtt).contains("00:00:20.000 --> 00:00:22.000\nsprite.jpg#xywh=0,90,160,90\n");
        assertThat(vtt).endsWith("00:00:24.000 --> 00:00:25.400\nsprite.jpg#xywh=320,90,160,90\n");
    }

    @Test
    void writesHoursInCueTimes() {
        assertThat(Storyboard.time(3725.5)).isEqualTo("01:02:05.500");
    }
}
