package org.youthimages.app.status;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubtitlesTest {

    @Test
    void turnsSubRipIntoWebVtt() throws Exception {
        String srt = "\uFEFF1\r\n00:00:01,000 --> 00:00:04,500\r\nHello, <font color=\"red\">world</font>\r\n\r\n"
                + "2\r\n00:00:05,000 --> 00:00:07,250\r\n<i>Two</i>\r\nlines\r\n";

        String vtt = Subtitles.toWebVtt(srt.getBytes(StandardCharsets.UTF_8));

        assertThat(vtt).isEqualTo("WEBVTT\n\n00:00:01.000 --> 00:00:04.500\nHello, world\n\n"
                + "00:00:05.000 --> 00:00:07.250\n<i>Two</i>\nlines\n\n");
    }

    @Test
    void keepsTheCuesOfAWebVttFileAndDropsNotesAndScripts() throws Exception {
        String vtt = "WEBVTT - my film\n\nNOTE made by hand\n\nintro\n01:02.5 --> 01:04.000 align:start\n"
                + "<script>alert(1)</script>Bonjour\n";

        assertThat(Subtitles.toWebVtt(vtt.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("WEBVTT\n\n00:01:02.500 --> 00:01:04.000\nalert(1)Bonjour\n\n");
    }

    @Test
    void refusesABrokenTimingWithItsLineNumber() {
        String srt = "1\n00:00:01,000 --> 00:00:02,000\nfine\n\n2\n00:00:03,000 -> 00:00:04,000\nbroken\n";

        assertThatThrownBy(() -> Subtitles.toWebVtt(srt.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(Subtitles.InvalidSubtitlesException.class, e -> {
                    assertThat(e.key()).isEqualTo("subtitles.error.timing");
                    assertThat(e.line()).isEqualTo(6);
                });
    }

    @Test
    void refusesACueThatEndsBeforeItStarts() {
        String srt = "1\n00:00:05,000 --> 00:00:04,000\nbackwards\n";

        assertThatThrownBy(() -> Subtitles.toWebVtt(srt.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(Subtitles.InvalidSubtitlesException.class,
                        e -> assertThat(e.key()).isEqualTo("subtitles.error.order"));
    }

    @Test
    void refusesAFileThatIsNotUtf8OrHasNoCues() {
        byte[] latin1 = "1\n00:00:01,000 --> 00:00:02,000\ncaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> Subtitles.toWebVtt(latin1))
                .isInstanceOfSatisfying(Subtitles.InvalidSubtitlesException.class,
                        e -> assertThat(e.key()).isEqualTo("subtitles.error.encoding"));
        assertThatThrownBy(() -> Subtitles.toWebVtt("WEBVTT\n\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(Subtitles.InvalidSubtitlesException.class,
                        e -> assertThat(e.key()).isEqualTo("subtitles.error.nocues"));
    }
}
