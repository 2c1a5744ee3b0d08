package org.youthimages.transcoder;

import org.junit.jupiter.api.Test;
import org.youthimages.transcoder.media.MediaLimits;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TranscoderCommandTest {

    @Test
    void limitsDefaultToTheDemoEditionsRules() {
        assertThat(TranscoderCommand.limits(List.of())).isEqualTo(MediaLimits.DEMO_EDITION);
    }

    @Test
    void limitsCanBeGivenOnTheCommandLine() {
        MediaLimits limits = TranscoderCommand.limits(List.of("--min-seconds", "1", "--max-seconds", "30",
                "--tolerance-seconds", "0", "--max-bytes", "1000000", "--min-height", "360"));

        assertThat(limits).isEqualTo(new MediaLimits(1, 30, 0, 1_000_000, 360));
    }

    @Test
    void refusesUnknownOrIncompleteOptions() {
        assertThatThrownBy(() -> TranscoderCommand.limits(List.of("--fast", "1"))).hasMessage("Unknown option --fast");
        assertThatThrownBy(() -> TranscoderCommand.limits(List.of("--max-seconds")))
                .hasMessage("Missing a value after --max-seconds");
        assertThatThrownBy(() -> TranscoderCommand.limits(List.of("--max-seconds", "ten")))
                .hasMessage("Not a whole number: ten");
    }

    @Test
    void explainsItselfAndExitsWithTwoOnAWrongCommand() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = TranscoderCommand.run(List.of("transcode", "only-one-file"), System.out, new PrintStream(err));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("usage:").contains("transcode FILE OUTDIR");
    }
}
