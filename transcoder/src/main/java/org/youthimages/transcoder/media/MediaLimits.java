package org.youthimages.transcoder.media;

import io.micronaut.serde.annotation.Serdeable;

/**
 * An edition's rules for a film, as the pipeline checks them.
 *
 * @param minSeconds       shortest accepted length
 * @param maxSeconds       longest accepted length
 * @param toleranceSeconds how far outside the limits a film may be and still be accepted
 * @param maxFileBytes     largest accepted file
 * @param minShortSide     smallest accepted resolution, as pixels on the picture's short side (240 for 426x240)
 */
@Serdeable
public record MediaLimits(int minSeconds, int maxSeconds, int toleranceSeconds, long maxFileBytes, int minShortSide) {

    /** 8K: nothing larger is decoded. */
    public static final int MAX_SIDE = 8192;
    public static final long MAX_PIXELS = 8192L * 4320;
    /** Above this a frame rate is not a film's; high-speed phone footage stays below. */
    public static final double MAX_FRAME_RATE = 240;

    /** The demo edition's rules: films of 1 to 5 minutes, 5 seconds' tolerance, up to 2 GiB, at least 240p. */
    public static final MediaLimits DEMO_EDITION = new MediaLimits(60, 300, 5, 2L * 1024 * 1024 * 1024, 240);

    public MediaLimits {
        if (minSeconds < 0 || maxSeconds < minSeconds || toleranceSeconds < 0 || maxFileBytes <= 0 || minShortSide <= 0) {
            throw new IllegalArgumentException("Inconsistent limits: " + minSeconds + "-" + maxSeconds + " s, tolerance "
                    + toleranceSeconds + " s, " + maxFileBytes + " bytes, " + minShortSide + " px");
        }
    }

    public MediaLimits withSeconds(int min, int max) {
        return new MediaLimits(min, max, toleranceSeconds, maxFileBytes, minShortSide);
    }

    public MediaLimits withTolerance(int seconds) {
        return new MediaLimits(minSeconds, maxSeconds, seconds, maxFileBytes, minShortSide);
    }

    /** Decoding stops once a film runs this long, whatever its header said. */
    public double hardMaxSeconds() {
        return maxSeconds + toleranceSeconds + 1;
    }
}
