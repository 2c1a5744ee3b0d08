package org.youthimages.transcoder.media;

import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVRational;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_describe;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_default;
import static org.bytedeco.ffmpeg.global.avutil.av_get_sample_fmt_name;

/** The filter-graph sources ({@code buffer}, {@code abuffer}) that take decoded frames, described from decoders. */
final class Sources {

    private Sources() {
    }

    /** A video source named {@code name} taking the decoder's frames in the stream's time base. */
    static String video(String name, Decoder decoder) {
        AVCodecContext c = decoder.context();
        AVRational tb = decoder.stream().time_base();
        AVRational sar = c.sample_aspect_ratio();
        int sarNum = sar.num() > 0 && sar.den() > 0 ? sar.num() : 1;
        int sarDen = sar.num() > 0 && sar.den() > 0 ? sar.den() : 1;
        return String.format(Locale.ROOT,
                "buffer@%s=video_size=%dx%d:pix_fmt=%d:time_base=%d/%d:pixel_aspect=%d/%d:colorspace=%d:range=%d",
                name, c.width(), c.height(), c.pix_fmt(), tb.num(), tb.den(), sarNum, sarDen, c.colorspace(),
                c.color_range());
    }

    /** An audio source named {@code name} taking the decoder's frames with timestamps in samples. */
    static String audio(String name, Decoder decoder) {
        AVCodecContext c = decoder.context();
        if (c.ch_layout().nb_channels() <= 0) {
            throw Rejections.notDecodable(0, "audio without channels").stop();
        }
        return String.format(Locale.ROOT, "abuffer@%s=time_base=1/%d:sample_rate=%d:sample_fmt=%s:channel_layout=%s",
                name, c.sample_rate(), c.sample_rate(), Ffmpeg.string(av_get_sample_fmt_name(c.sample_fmt())),
                layout(c));
    }

    private static String layout(AVCodecContext c) {
        String layout = describe(c);
        if (layout == null || layout.contains("channels")) {
            // An unspecified order ("3 channels"): use the usual layout for that many channels.
            av_channel_layout_default(c.ch_layout(), c.ch_layout().nb_channels());
            layout = describe(c);
        }
        return layout;
    }

    private static String describe(AVCodecContext c) {
        byte[] text = new byte[128];
        if (av_channel_layout_describe(c.ch_layout(), text, text.length) < 0) {
            return null;
        }
        int end = 0;
        while (end < text.length && text[end] != 0) {
            end++;
        }
        return new String(text, 0, end, StandardCharsets.US_ASCII);
    }

    /** Seconds from a timestamp in a stream's time base. */
    static double seconds(long timestamp, AVStream stream) {
        return timestamp * Ffmpeg.toDouble(stream.time_base());
    }
}
