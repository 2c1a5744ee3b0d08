package org.youthimages.transcoder.media;

import org.bytedeco.ffmpeg.avutil.AVFrame;

import java.nio.ByteBuffer;

import static org.bytedeco.ffmpeg.global.avutil.av_frame_clone;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;

/**
 * Chooses the poster among candidate frames spread over the film: never a black, white or flat frame when the
 * film has anything better, and among the rest the one with most detail (sharp edges, texture, faces, text).
 */
final class PosterPicker implements AutoCloseable {

    /** Luma (16–235 video range) below which a frame counts as black, and above which as blank white. */
    static final double DARKEST = 32;
    static final double BRIGHTEST = 228;
    /** Mean luma difference between neighbouring samples below which a frame counts as flat. */
    static final double FLATTEST = 1.5;
    private static final int STEP = 4;

    private AVFrame best;
    private double bestScore = Double.NEGATIVE_INFINITY;

    /** Keeps a reference to the frame if it is the best so far. */
    void offer(AVFrame frame) {
        double score = score(frame);
        if (score > bestScore) {
            if (best != null) {
                av_frame_free(best);
            }
            best = av_frame_clone(frame);
            bestScore = score;
        }
    }

    /** The chosen frame, or null when no candidate was offered. */
    AVFrame best() {
        return best;
    }

    /** Detail for acceptable frames; black, blank and flat frames score below every acceptable one. */
    static double score(AVFrame frame) {
        Luma luma = Luma.of(frame);
        boolean acceptable = luma.mean >= DARKEST && luma.mean <= BRIGHTEST && luma.detail >= FLATTEST;
        return acceptable ? luma.detail : luma.detail - 1000;
    }

    /** Mean brightness and mean absolute difference between neighbouring samples of the luma plane. */
    record Luma(double mean, double detail) {

        static Luma of(AVFrame frame) {
            int width = frame.width();
            int height = frame.height();
            int stride = frame.linesize(0);
            ByteBuffer plane = frame.data(0).capacity((long) stride * height).asByteBuffer();
            long sum = 0;
            long differences = 0;
            long samples = 0;
            for (int y = 0; y + STEP < height; y += STEP) {
                int row = y * stride;
                for (int x = 0; x + STEP < width; x += STEP) {
                    int value = plane.get(row + x) & 0xff;
                    int right = plane.get(row + x + STEP) & 0xff;
                    int below = plane.get(row + STEP * stride + x) & 0xff;
                    sum += value;
                    differences += Math.abs(value - right) + Math.abs(value - below);
                    samples++;
                }
            }
            return samples == 0 ? new Luma(0, 0) : new Luma((double) sum / samples, differences / (2.0 * samples));
        }
    }

    @Override
    public void close() {
        if (best != null) {
            av_frame_free(best);
            best = null;
        }
    }
}
