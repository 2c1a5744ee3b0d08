package org.youthimages.transcoder.media;

import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;

import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_decoder;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_to_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_frame;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_packet;

/** Decodes one stream of an input, with as many threads as FFmpeg finds useful. */
final class Decoder implements AutoCloseable {

    private final AVCodecContext context;
    private final AVStream stream;

    Decoder(AVStream stream) {
        this.stream = stream;
        AVCodec codec = avcodec_find_decoder(stream.codecpar().codec_id());
        if (codec == null || codec.isNull()) {
            throw Rejections.notDecodable(0, "no decoder for stream " + stream.index()).stop();
        }
        context = avcodec_alloc_context3(codec);
        Ffmpeg.check(avcodec_parameters_to_context(context, stream.codecpar()), "decoder parameters");
        context.pkt_timebase(stream.time_base());
        context.thread_count(0);
        int ret = avcodec_open2(context, codec, (AVDictionary) null);
        if (ret < 0) {
            close();
            throw Rejections.notDecodable(0, "cannot open the decoder: " + Ffmpeg.error(ret)).stop();
        }
    }

    AVCodecContext context() {
        return context;
    }

    AVStream stream() {
        return stream;
    }

    /** Sends a packet, or null for end of stream. A damaged packet is skipped, as players do. */
    void send(AVPacket packet) {
        avcodec_send_packet(context, packet);
    }

    /** Fills {@code frame} with the next decoded frame; false when the decoder needs more input or is done. */
    boolean receive(AVFrame frame) {
        int ret = avcodec_receive_frame(context, frame);
        return ret >= 0;
    }

    @Override
    public void close() {
        if (context != null && !context.isNull()) {
            avcodec_free_context(context);
        }
    }
}
