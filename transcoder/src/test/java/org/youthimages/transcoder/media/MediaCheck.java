package org.youthimages.transcoder.media;

import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_find_stream_info;
import static org.bytedeco.ffmpeg.global.avformat.avformat_open_input;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_AUDIO;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_FLTP;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_unref;

/** Reads outputs back, as a viewer would, to check what the pipeline made: pictures, sound, sync, layout. */
final class MediaCheck {

    private MediaCheck() {
    }

    /** Mean luma (0–255) of each decoded picture, with its time in seconds. */
    record Picture(double seconds, double meanLuma, int width, int height) {
    }

    static List<Picture> pictures(Path file) {
        List<Picture> pictures = new ArrayList<>();
        decode(file, AVMEDIA_TYPE_VIDEO, (frame, seconds) -> pictures.add(
                new Picture(seconds, PosterPicker.Luma.of(frame).mean(), frame.width(), frame.height())));
        return pictures;
    }

    /** Mean luma of the top-left and top-right sixths of the first picture at or after {@code seconds}. */
    static double[] topCorners(Path file, double seconds) {
        double[] corners = {-1, -1};
        decode(file, AVMEDIA_TYPE_VIDEO, (frame, at) -> {
            if (corners[0] < 0 && at >= seconds) {
                int w = frame.width() / 6;
                int h = frame.height() / 6;
                corners[0] = region(frame, 0, 0, w, h);
                corners[1] = region(frame, frame.width() - w, 0, w, h);
            }
        });
        return corners;
    }

    private static double region(AVFrame frame, int x0, int y0, int width, int height) {
        ByteBuffer plane = frame.data(0).capacity((long) frame.linesize(0) * frame.height()).asByteBuffer();
        long sum = 0;
        for (int y = y0; y < y0 + height; y++) {
            for (int x = x0; x < x0 + width; x++) {
                sum += plane.get(y * frame.linesize(0) + x) & 0xff;
            }
        }
        return (double) sum / ((long) width * height);
    }

    /** Times at which a white flash starts. */
    static List<Double> flashes(Path file) {
        List<Double> times = new ArrayList<>();
        boolean bright = false;
        for (Picture picture : pictures(file)) {
            boolean now = picture.meanLuma() > 200;
            if (now && !bright) {
                times.add(picture.seconds());
            }
            bright = now;
        }
        return times;
    }

    /** Times at which a loud beep starts: a 5 ms window far louder than the quiet tone around it. */
    static List<Double> beeps(Path file) {
        List<double[]> windows = new ArrayList<>();
        decode(file, AVMEDIA_TYPE_AUDIO, (frame, seconds) -> {
            if (frame.format() != AV_SAMPLE_FMT_FLTP) {
                throw new IllegalStateException("expected planar float sound, got format " + frame.format());
            }
            ByteBuffer left = frame.data(0).capacity(frame.nb_samples() * 4L).asByteBuffer()
                    .order(ByteOrder.nativeOrder());
            int window = frame.sample_rate() / 200;
            for (int start = 0; start + window <= frame.nb_samples(); start += window) {
                double sum = 0;
                for (int i = start; i < start + window; i++) {
                    float v = left.getFloat(i * 4);
                    sum += v * v;
                }
                windows.add(new double[] {seconds + (double) start / frame.sample_rate(), Math.sqrt(sum / window)});
            }
        });
        double loudest = windows.stream().mapToDouble(w -> w[1]).max().orElse(0);
        List<Double> onsets = new ArrayList<>();
        boolean loud = false;
        for (double[] w : windows) {
            boolean now = w[1] > loudest / 3;
            if (now && !loud) {
                onsets.add(w[0]);
            }
            loud = now;
        }
        return onsets;
    }

    /** True when the MP4 index (moov) comes before the media data (mdat): playback can start at once. */
    static boolean indexAtFront(Path file) {
        try (InputStream raw = Files.newInputStream(file); DataInputStream in = new DataInputStream(raw)) {
            while (true) {
                long size = in.readInt() & 0xffffffffL;
                String type = new String(in.readNBytes(4), java.nio.charset.StandardCharsets.US_ASCII);
                if (type.equals("moov")) {
                    return true;
                }
                if (type.equals("mdat")) {
                    return false;
                }
                long skip = size == 1 ? in.readLong() - 16 : size - 8;
                in.skipNBytes(skip);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    interface FrameConsumer {
        void accept(AVFrame frame, double seconds);
    }

    /** Decodes the first stream of a type, opening any file FFmpeg can read (test outputs only). */
    static void decode(Path file, int type, FrameConsumer consumer) {
        AVFormatContext context = new AVFormatContext(null);
        Ffmpeg.check(avformat_open_input(context, file.toString(), null, (AVDictionary) null), "open " + file);
        AVPacket packet = av_packet_alloc();
        AVFrame frame = av_frame_alloc();
        try {
            Ffmpeg.check(avformat_find_stream_info(context, (AVDictionary) null), "stream info");
            int index = -1;
            for (int i = 0; i < context.nb_streams() && index < 0; i++) {
                if (context.streams(i).codecpar().codec_type() == type) {
                    index = i;
                }
            }
            if (index < 0) {
                return;
            }
            try (Decoder decoder = new Decoder(context.streams(index))) {
                while (av_read_frame(context, packet) >= 0) {
                    if (packet.stream_index() == index) {
                        decoder.send(packet);
                        drain(decoder, frame, consumer);
                    }
                    av_packet_unref(packet);
                }
                decoder.send(null);
                drain(decoder, frame, consumer);
            }
        } finally {
            av_frame_free(frame);
            av_packet_free(packet);
            avformat_close_input(context);
        }
    }

    private static void drain(Decoder decoder, AVFrame frame, FrameConsumer consumer) {
        while (decoder.receive(frame)) {
            consumer.accept(frame, Sources.seconds(frame.best_effort_timestamp(), decoder.stream()));
            av_frame_unref(frame);
        }
    }
}
