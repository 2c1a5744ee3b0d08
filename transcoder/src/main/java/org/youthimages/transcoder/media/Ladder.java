package org.youthimages.transcoder.media;

import java.util.ArrayList;
import java.util.List;

/**
 * What to produce from a source, decided apart from producing it: the resolution ladder as data, the output
 * frame rate, and the renditions a given source gets (never larger than the source).
 */
public final class Ladder {

    /** A rung: its short side, its video cap and buffer (as seconds of the cap) at up to 30 frames per second. */
    record Rung(String label, int shortSide, int maxVideoKbps, double bufferSeconds, int audioKbps, int maxFrameRate) {
    }

    static final List<Rung> RUNGS = List.of(
            new Rung("1080p", 1080, 5000, 2, 128, 60),
            new Rung("720p", 720, 2800, 2, 128, 60),
            new Rung("480p", 480, 1400, 2, 128, 30),
            // For jurors on weak connections: at most 400 kbit/s in all, sound included, over any second.
            new Rung("360p", 360, 280, 1, 64, 30));
    static final int CRF = 23;
    static final String PRESET = "veryfast";

    /** Frame rates renditions are made at; a variable-rate film gets the nearest one. */
    private static final int[][] STANDARD_RATES = {
        {24000, 1001}, {24, 1}, {25, 1}, {30000, 1001}, {30, 1}, {48, 1}, {50, 1}, {60000, 1001}, {60, 1}};

    private Ladder() {
    }

    /** The renditions for a film of this display size and frame rate, largest first. */
    public static List<Rendition> renditions(int displayWidth, int displayHeight, int[] frameRate) {
        int shortSide = Math.min(displayWidth, displayHeight);
        List<Rendition> result = new ArrayList<>();
        for (Rung rung : RUNGS) {
            if (rung.shortSide() <= shortSide) {
                result.add(rendition(rung, displayWidth, displayHeight, rung.shortSide(), frameRate));
            }
        }
        if (result.isEmpty()) {
            // Smaller than the lowest rung: one low-bandwidth rendition at the film's own size, never upscaled.
            result.add(rendition(RUNGS.getLast(), displayWidth, displayHeight, shortSide, frameRate));
        }
        return List.copyOf(result);
    }

    private static Rendition rendition(Rung rung, int width, int height, int targetShortSide, int[] frameRate) {
        double scale = (double) targetShortSide / Math.min(width, height);
        int w = even(width * scale);
        int h = even(height * scale);
        int[] rate = frameRate;
        if ((double) rate[0] / rate[1] > rung.maxFrameRate() + 0.01) {
            rate = new int[] {rate[0], rate[1] * 2};
        }
        double fps = (double) rate[0] / rate[1];
        int maxVideo = fps > 31 && rung.maxFrameRate() > 30 ? rung.maxVideoKbps() * 3 / 2 : rung.maxVideoKbps();
        return new Rendition(rung.label(), w, h, rate[0], rate[1], CRF, maxVideo,
                (int) Math.round(maxVideo * rung.bufferSeconds()), rung.audioKbps());
    }

    /**
     * The constant frame rate to make: the film's own when it is a standard rate, else the nearest standard rate
     * to its average (phones record variable rates around a nominal one); slow films keep their rate; at most 60.
     */
    public static int[] frameRate(Probe.VideoStream video) {
        double average = video.avgFrameRate() > 0 ? video.avgFrameRate() : video.realFrameRate();
        if (!(average > 0) || Double.isInfinite(average)) {
            return new int[] {25, 1};
        }
        if (average < 23) {
            return new int[] {(int) Math.max(1, Math.round(average)), 1};
        }
        double target = Math.min(average, 60);
        int[] best = STANDARD_RATES[0];
        for (int[] rate : STANDARD_RATES) {
            if (Math.abs((double) rate[0] / rate[1] - target) < Math.abs((double) best[0] / best[1] - target)) {
                best = rate;
            }
        }
        return best.clone();
    }

    static int even(double value) {
        return Math.max(2, (int) Math.round(value / 2) * 2);
    }
}
