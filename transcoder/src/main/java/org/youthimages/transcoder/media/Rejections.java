package org.youthimages.transcoder.media;

import org.youthimages.storage.entry.RejectionReason;

import java.util.Locale;

/**
 * The plain-English messages that tell a young person why their film was not accepted and what to do.
 * Public pages show their own translation of the reason code; this message is the specific English fallback.
 */
public final class Rejections {

    private Rejections() {
    }

    public static Rejection noVideo(String detail) {
        return new Rejection(RejectionReason.NO_VIDEO_STREAM,
                "This file has no moving picture: it is only sound, a photo or a document. "
                        + "Please upload the video file of your film.", detail);
    }

    public static Rejection unsupportedFormat(String detail) {
        return new Rejection(RejectionReason.UNSUPPORTED_FORMAT,
                "We cannot open this file as a video. Please upload the film itself as a video file "
                        + "(for example MP4, MOV or WebM), not a link, a playlist or a document.", detail);
    }

    public static Rejection notDecodable(double secondsRead, String detail) {
        String read = secondsRead >= 1 ? " We could only play the first " + duration(secondsRead) + "." : "";
        return new Rejection(RejectionReason.NOT_DECODABLE,
                "Your video file seems damaged or incomplete." + read
                        + " Please export the film again from your phone or editing app and upload the new file.",
                detail);
    }

    public static Rejection tooShort(double seconds, int minSeconds) {
        return new Rejection(RejectionReason.TOO_SHORT,
                "Your film is " + duration(seconds) + " long. Films for this contest must be at least "
                        + duration(minSeconds) + " long. Please upload the complete film.",
                "duration " + seconds + " s, minimum " + minSeconds + " s");
    }

    public static Rejection tooLong(double seconds, int maxSeconds) {
        return new Rejection(RejectionReason.TOO_LONG,
                "Your film is " + duration(seconds) + " long. Films for this contest can be at most "
                        + duration(maxSeconds) + " long. Please shorten it and upload it again.",
                "duration " + seconds + " s, maximum " + maxSeconds + " s");
    }

    public static Rejection resolutionTooSmall(int width, int height, int minHeight) {
        return new Rejection(RejectionReason.RESOLUTION_TOO_SMALL,
                "Your video is only " + width + " × " + height + " pixels, too small to show to the jury. "
                        + "Please export it at " + minHeight + "p or more (for example 1280 × 720) and upload it again.",
                width + "x" + height + ", minimum " + minHeight + " pixels on the short side");
    }

    public static Rejection resolutionTooLarge(int width, int height) {
        return new Rejection(RejectionReason.RESOLUTION_TOO_LARGE,
                "Your video is " + width + " × " + height + " pixels, larger than 8K. "
                        + "Please export it at 4K (3840 × 2160) or smaller and upload it again.",
                width + "x" + height + " is above the 8K limit");
    }

    public static Rejection absurdFrameCount(String detail) {
        return new Rejection(RejectionReason.RESOLUTION_TOO_LARGE,
                "Your video has far more pictures per second than a normal film. "
                        + "Please export it at a usual frame rate, such as 25, 30 or 60 frames per second.", detail);
    }

    public static Rejection fileTooLarge(long sizeBytes, long maxBytes) {
        return new Rejection(RejectionReason.FILE_TOO_LARGE,
                "Your file is " + bytes(sizeBytes) + "; the limit for this contest is " + bytes(maxBytes) + ". "
                        + "Please export the film at a lower quality (for example 1080p) and upload it again.",
                sizeBytes + " bytes, maximum " + maxBytes);
    }

    public static Rejection timeout(String detail) {
        return new Rejection(RejectionReason.PROCESSING_TIMEOUT,
                "Preparing your film for the jury took too long and was stopped. The organisers have been told. "
                        + "You can also export the film again as MP4 and upload the new file.", detail);
    }

    public static Rejection failed(String detail) {
        return new Rejection(RejectionReason.PROCESSING_FAILED,
                "Something went wrong while we prepared your film for the jury. The organisers have been told "
                        + "and will look into it; you do not need to do anything now.", detail);
    }

    /** {@code 4:07}, or {@code 1:02:03} for an hour or more. */
    static String duration(double seconds) {
        long total = Math.round(Math.max(0, seconds));
        long hours = total / 3600;
        long minutes = total % 3600 / 60;
        long secs = total % 60;
        return hours > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, secs)
                : String.format(Locale.ROOT, "%d:%02d", minutes, secs);
    }

    static String bytes(long bytes) {
        double gb = bytes / 1e9;
        return gb >= 1 ? String.format(Locale.ROOT, "%.1f GB", gb)
                : String.format(Locale.ROOT, "%d MB", Math.round(bytes / 1e6));
    }
}
