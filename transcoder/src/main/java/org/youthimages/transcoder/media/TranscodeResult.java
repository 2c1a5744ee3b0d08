package org.youthimages.transcoder.media;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * What the pipeline made of a file: either the outputs (files named relative to the output folder), or the
 * reason the film was not accepted. The probe is there whenever the file could be read.
 *
 * @param durationMs      the film's real length, from its timestamps
 * @param loudnessLufs    the sound's integrated loudness before normalisation, when it has sound
 * @param gainDb          the correction applied to reach the target loudness
 */
@Serdeable
public record TranscodeResult(@Nullable Probe probe,
                              @Nullable Rejection rejection,
                              @Nullable Long durationMs,
                              @Nullable Double loudnessLufs,
                              double gainDb,
                              List<RenditionFile> renditions,
                              List<PosterFile> posters,
                              @Nullable StoryboardFiles storyboard) {

    public static TranscodeResult rejected(@Nullable Probe probe, Rejection rejection) {
        return new TranscodeResult(probe, rejection, probe == null ? null : probe.durationMs(), null, 0, List.of(),
                List.of(), null);
    }

    public boolean accepted() {
        return rejection == null;
    }

    @Serdeable
    public record RenditionFile(String label, String file, int width, int height, double frameRate, long durationMs,
                                long bitrate, long sizeBytes) {
    }

    @Serdeable
    public record PosterFile(int width, int height, String file, long sizeBytes) {
    }

    @Serdeable
    public record StoryboardFiles(String sprite, String track, Storyboard layout, int tiles, long spriteBytes,
                                  long trackBytes) {
    }
}
