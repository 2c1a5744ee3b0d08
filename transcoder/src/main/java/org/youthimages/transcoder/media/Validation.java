package org.youthimages.transcoder.media;

import java.util.Optional;

/** The edition's rules applied to a probe, before anything is decoded. The first broken rule is the reason. */
public final class Validation {

    private Validation() {
    }

    public static Optional<Rejection> check(Probe probe, MediaLimits limits) {
        if (probe.sizeBytes() > limits.maxFileBytes()) {
            return Optional.of(Rejections.fileTooLarge(probe.sizeBytes(), limits.maxFileBytes()));
        }
        Probe.VideoStream video = probe.video();
        if (video == null) {
            return Optional.of(Rejections.noVideo("no video stream among " + probe.streams()));
        }
        if (video.width() > MediaLimits.MAX_SIDE || video.height() > MediaLimits.MAX_SIDE
                || (long) video.width() * video.height() > MediaLimits.MAX_PIXELS) {
            return Optional.of(Rejections.resolutionTooLarge(video.displayWidth(), video.displayHeight()));
        }
        Optional<Rejection> frames = checkFrames(video, limits);
        if (frames.isPresent()) {
            return frames;
        }
        if (video.shortSide() < limits.minShortSide()) {
            return Optional.of(Rejections.resolutionTooSmall(video.displayWidth(), video.displayHeight(),
                    limits.minShortSide()));
        }
        return probe.durationMs() == null ? Optional.empty() : checkLength(probe.durationSeconds(), limits);
    }

    /** Length rule; also applied to what was actually decoded, since a header can lie. */
    public static Optional<Rejection> checkLength(double seconds, MediaLimits limits) {
        if (seconds < limits.minSeconds() - limits.toleranceSeconds()) {
            return Optional.of(Rejections.tooShort(seconds, limits.minSeconds()));
        }
        if (seconds > limits.maxSeconds() + limits.toleranceSeconds()) {
            return Optional.of(Rejections.tooLong(seconds, limits.maxSeconds()));
        }
        return Optional.empty();
    }

    private static Optional<Rejection> checkFrames(Probe.VideoStream video, MediaLimits limits) {
        // r_frame_rate of a variable-rate stream can be a timebase such as 90000; the average is what plays.
        double rate = video.avgFrameRate() > 0 ? video.avgFrameRate() : video.realFrameRate();
        if (rate > MediaLimits.MAX_FRAME_RATE) {
            return Optional.of(Rejections.absurdFrameCount(rate + " frames per second"));
        }
        long maxFrames = (long) (limits.hardMaxSeconds() * MediaLimits.MAX_FRAME_RATE);
        if (video.frameCount() != null && video.frameCount() > maxFrames) {
            return Optional.of(Rejections.absurdFrameCount(video.frameCount() + " frames, at most " + maxFrames));
        }
        return Optional.empty();
    }
}
