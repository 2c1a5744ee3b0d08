package org.youthimages.transcoder.media;

import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVRational;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_FLAG_GLOBAL_HEADER;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_FLAG_QSCALE;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_AAC;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_MJPEG;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_encoder;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_encoder_by_name;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_packet;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_frame;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_PRI_BT709;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_RANGE_JPEG;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_RANGE_MPEG;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_SPC_BT709;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_TRC_BT709;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ420P;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_FLTP;
import static org.bytedeco.ffmpeg.global.avutil.FF_QP2LAMBDA;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_default;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_free;

/** An opened encoder: H.264 (libx264) for renditions, AAC for their sound, JPEG for pictures. */
final class Encoder implements AutoCloseable {

    static final int AUDIO_RATE = 48_000;

    private final AVCodecContext context;

    private Encoder(AVCodecContext context) {
        this.context = context;
    }

    /** H.264 as PeerTube makes it: constant quality (CRF) with a cap, yuv420p, BT.709, a key frame every 2 s. */
    static Encoder h264(Rendition rendition, AVRational frameRate, String preset) {
        AVCodecContext c = allocate(avcodec_find_encoder_by_name("libx264"), "libx264");
        c.width(rendition.width());
        c.height(rendition.height());
        c.pix_fmt(AV_PIX_FMT_YUV420P);
        c.time_base(Ffmpeg.rational(frameRate.den(), frameRate.num()));
        c.framerate(frameRate);
        c.sample_aspect_ratio(Ffmpeg.rational(1, 1));
        c.gop_size((int) Math.round(2 * Ffmpeg.toDouble(frameRate)));
        c.rc_max_rate(rendition.maxVideoKbps() * 1000L);
        c.rc_buffer_size(rendition.bufferKbits() * 1000);
        c.color_primaries(AVCOL_PRI_BT709);
        c.color_trc(AVCOL_TRC_BT709);
        c.colorspace(AVCOL_SPC_BT709);
        c.color_range(AVCOL_RANGE_MPEG);
        c.flags(c.flags() | AV_CODEC_FLAG_GLOBAL_HEADER);
        Map<String, String> options = new LinkedHashMap<>();
        options.put("preset", preset);
        options.put("crf", Integer.toString(rendition.crf()));
        options.put("profile", "high");
        return open(c, options);
    }

    static Encoder aac(int kbps) {
        AVCodecContext c = allocate(avcodec_find_encoder(AV_CODEC_ID_AAC), "aac");
        c.sample_fmt(AV_SAMPLE_FMT_FLTP);
        c.sample_rate(AUDIO_RATE);
        av_channel_layout_default(c.ch_layout(), 2);
        c.bit_rate(kbps * 1000L);
        c.time_base(Ffmpeg.rational(1, AUDIO_RATE));
        c.flags(c.flags() | AV_CODEC_FLAG_GLOBAL_HEADER);
        return open(c, Map.of());
    }

    /** JPEG at quality 3 of 31 (visually clean, about a tenth of the raw size). */
    static Encoder jpeg(int width, int height) {
        AVCodecContext c = allocate(avcodec_find_encoder(AV_CODEC_ID_MJPEG), "mjpeg");
        c.width(width);
        c.height(height);
        c.pix_fmt(AV_PIX_FMT_YUVJ420P);
        c.color_range(AVCOL_RANGE_JPEG);
        c.time_base(Ffmpeg.rational(1, 25));
        c.flags(c.flags() | AV_CODEC_FLAG_QSCALE);
        c.global_quality(3 * FF_QP2LAMBDA);
        return open(c, Map.of());
    }

    private static AVCodecContext allocate(AVCodec codec, String name) {
        if (codec == null || codec.isNull()) {
            throw new MediaException("This FFmpeg build has no " + name + " encoder");
        }
        return avcodec_alloc_context3(codec);
    }

    private static Encoder open(AVCodecContext c, Map<String, String> options) {
        AVDictionary dictionary = Ffmpeg.dictionary(options);
        try {
            int ret = avcodec_open2(c, c.codec(), dictionary);
            if (ret < 0) {
                avcodec_free_context(c);
                Ffmpeg.check(ret, "open encoder");
            }
            return new Encoder(c);
        } finally {
            av_dict_free(dictionary);
        }
    }

    AVCodecContext context() {
        return context;
    }

    AVRational timeBase() {
        return context.time_base();
    }

    /** Sends a frame, or null to flush at the end. */
    void send(AVFrame frame) {
        Ffmpeg.check(avcodec_send_frame(context, frame), "encode");
    }

    /** Fills {@code packet} with the next encoded packet; false when the encoder needs more input or is done. */
    boolean receive(AVPacket packet) {
        int ret = avcodec_receive_packet(context, packet);
        if (ret == Ffmpeg.EAGAIN || ret == AVERROR_EOF) {
            return false;
        }
        Ffmpeg.check(ret, "encode");
        return true;
    }

    @Override
    public void close() {
        if (context != null && !context.isNull()) {
            avcodec_free_context(context);
        }
    }
}
