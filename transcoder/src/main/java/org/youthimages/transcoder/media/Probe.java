package org.youthimages.transcoder.media;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * What FFmpeg reads from a media file: container, streams and the properties the pipeline decides on.
 * Stored as JSON with the original.
 *
 * @param container        the demuxer that opened the file, e.g. {@code mov,mp4,m4a,3gp,3g2,mj2}
 * @param durationMs       the container's duration, when it declares one
 * @param bitrate          overall bits per second, when known
 * @param locationMetadata true when the file carries a location (GPS) tag; renditions never do
 * @param streams          every stream, in file order
 * @param video            the main video stream (never cover art), or null
 * @param audio            the main audio stream, or null
 */
@Serdeable
public record Probe(String container,
                    @Nullable Long durationMs,
                    long sizeBytes,
                    @Nullable Long bitrate,
                    boolean locationMetadata,
                    List<StreamSummary> streams,
                    @Nullable VideoStream video,
                    @Nullable AudioStream audio) {

    public double durationSeconds() {
        return durationMs == null ? 0 : durationMs / 1000.0;
    }

    @Serdeable
    public record StreamSummary(int index, String type, String codec) {
    }

    /**
     * @param rotation          clockwise degrees (0, 90, 180, 270) to turn the coded picture to show it upright
     * @param flipped           the display matrix also mirrors the picture horizontally
     * @param sarNum            sample (pixel) aspect ratio numerator; 1:1 is square pixels
     * @param avgFrameRate      frames per second on average over the stream
     * @param realFrameRate     the lowest frame rate that represents all timestamps (FFmpeg's r_frame_rate)
     * @param variableFrameRate average and real frame rate differ: the stream has variable frame rate
     * @param hdr               PQ (HDR10, Dolby Vision) or HLG transfer
     * @param displayWidth      width as shown: rotation and pixel aspect ratio applied
     */
    @Serdeable
    public record VideoStream(int index,
                              String codec,
                              @Nullable String profile,
                              int width,
                              int height,
                              int rotation,
                              boolean flipped,
                              int sarNum,
                              int sarDen,
                              double avgFrameRate,
                              double realFrameRate,
                              boolean variableFrameRate,
                              @Nullable Long frameCount,
                              @Nullable String pixelFormat,
                              int bitDepth,
                              @Nullable String colorTransfer,
                              @Nullable String colorPrimaries,
                              @Nullable String colorSpace,
                              boolean hdr,
                              int displayWidth,
                              int displayHeight,
                              @Nullable Long bitrate,
                              @Nullable Long startMs) {

        /** The shorter side as shown, which names the rung: 1080 for 1920x1080 and for 1080x1920. */
        public int shortSide() {
            return Math.min(displayWidth, displayHeight);
        }

        public boolean portrait() {
            return displayHeight > displayWidth;
        }
    }

    @Serdeable
    public record AudioStream(int index,
                              String codec,
                              int channels,
                              int sampleRate,
                              @Nullable Long bitrate,
                              @Nullable Long startMs) {
    }
}
