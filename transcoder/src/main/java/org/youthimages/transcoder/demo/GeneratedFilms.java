package org.youthimages.transcoder.demo;

import jakarta.inject.Singleton;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.youthimages.storage.demo.SampleFilm;
import org.youthimages.storage.demo.SampleFilmMaker;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ShortBuffer;
import java.nio.file.Path;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_AAC;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_H264;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR24;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;

/**
 * Generates the demo's sample films with FFmpeg: H.264 and AAC in MP4, an animated picture in the film's colour
 * (drifting stripes and a moving square, no text, so no font is needed) and a soft chord. They go through the same
 * pipeline as any entrant's upload.
 */
@Singleton
public class GeneratedFilms implements SampleFilmMaker {

    private static final int SAMPLE_RATE = 48_000;

    static {
        // Encoding statistics on the console would bury the start-up lines a newcomer needs to read.
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
    }

    @Override
    public void make(SampleFilm film, Path file) {
        int frames = (int) Math.round(film.seconds() * film.fps());
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), film.width(), film.height(), 1)) {
            recorder.setFormat("mp4");
            recorder.setVideoCodec(AV_CODEC_ID_H264);
            recorder.setPixelFormat(AV_PIX_FMT_YUV420P);
            recorder.setFrameRate(film.fps());
            recorder.setGopSize(film.fps() * 2);
            recorder.setVideoBitrate(0);
            recorder.setVideoOption("preset", "veryfast");
            recorder.setVideoOption("crf", "28");
            recorder.setAudioCodec(AV_CODEC_ID_AAC);
            recorder.setSampleRate(SAMPLE_RATE);
            recorder.setAudioChannels(1);
            recorder.setAudioBitrate(64_000);
            recorder.setOption("movflags", "+faststart");
            recorder.start();
            Frame frame = new Frame(film.width(), film.height(), Frame.DEPTH_UBYTE, 3);
            int samplesPerFrame = SAMPLE_RATE / film.fps();
            for (int i = 0; i < frames; i++) {
                paint((ByteBuffer) frame.image[0], frame.imageStride, film, i);
                recorder.record(frame, AV_PIX_FMT_BGR24);
                recorder.recordSamples(SAMPLE_RATE, 1, tone(i * samplesPerFrame, samplesPerFrame));
            }
            recorder.stop();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the sample film " + file, e);
        }
    }

    private static void paint(ByteBuffer image, int stride, SampleFilm film, int index) {
        double t = index / (double) film.fps();
        int square = film.height() / 4;
        int squareX = (int) ((Math.sin(t * 0.7) * 0.5 + 0.5) * (film.width() - square));
        int squareY = (int) ((Math.cos(t * 0.45) * 0.5 + 0.5) * (film.height() - square));
        int shift = (int) (t * 40);
        for (int y = 0; y < film.height(); y++) {
            float light = 0.35f + 0.35f * y / film.height();
            int striped = Color.HSBtoRGB(film.hue() + 0.04f, 0.55f, light);
            int plain = Color.HSBtoRGB(film.hue(), 0.7f, light);
            for (int x = 0; x < film.width(); x++) {
                boolean inSquare = x >= squareX && x < squareX + square && y >= squareY && y < squareY + square;
                int rgb = inSquare ? 0xF5F5F0 : ((x + shift) / 48) % 2 == 0 ? striped : plain;
                int at = y * stride + x * 3;
                image.put(at, (byte) (rgb & 0xFF));
                image.put(at + 1, (byte) ((rgb >> 8) & 0xFF));
                image.put(at + 2, (byte) ((rgb >> 16) & 0xFF));
            }
        }
    }

    /** A quiet major chord, gently swelling. */
    private static ShortBuffer tone(long first, int count) {
        ShortBuffer samples = ShortBuffer.allocate(count);
        for (int i = 0; i < count; i++) {
            double s = (first + i) / (double) SAMPLE_RATE;
            double swell = 0.6 + 0.4 * Math.sin(2 * Math.PI * 0.1 * s);
            double value = swell * (Math.sin(2 * Math.PI * 220 * s) + 0.6 * Math.sin(2 * Math.PI * 277.18 * s)
                    + 0.5 * Math.sin(2 * Math.PI * 329.63 * s)) / 2.1;
            samples.put(i, (short) (value * 0.12 * Short.MAX_VALUE));
        }
        return samples;
    }
}
