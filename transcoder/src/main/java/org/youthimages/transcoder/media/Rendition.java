package org.youthimages.transcoder.media;

/**
 * One web rendition to produce.
 *
 * @param label        the rung's name, {@code 1080p} … {@code 360p}
 * @param frameRateNum output frame rate as a fraction (30000/1001 for 29.97)
 * @param maxVideoKbps the cap on the video bitrate (VBV maxrate)
 * @param bufferKbits  the VBV buffer: how far a stretch of the film may go above the cap
 * @param audioKbps    AAC bitrate
 */
public record Rendition(String label, int width, int height, int frameRateNum, int frameRateDen, int crf,
                        int maxVideoKbps, int bufferKbits, int audioKbps) {

    public Rendition {
        if (width <= 0 || height <= 0 || width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException("A rendition needs even, positive sides: " + width + "x" + height);
        }
    }

    public double frameRate() {
        return (double) frameRateNum / frameRateDen;
    }

    public String size() {
        return width + "x" + height;
    }
}
