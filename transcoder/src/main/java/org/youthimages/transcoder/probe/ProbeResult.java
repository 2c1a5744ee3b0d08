package org.youthimages.transcoder.probe;

/** What FFmpeg reads from a media file's header and streams. */
public record ProbeResult(String container, long durationMicros, String videoCodec, int width, int height,
                          double frameRate, String audioCodec, int audioChannels, int sampleRate) {

    public double durationSeconds() {
        return durationMicros / 1_000_000.0;
    }

    public boolean hasVideo() {
        return width > 0 && height > 0;
    }
}
