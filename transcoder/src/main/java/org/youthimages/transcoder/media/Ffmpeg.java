package org.youthimages.transcoder.media;

import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;

import java.util.Map;

import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_set;
import static org.bytedeco.ffmpeg.global.avutil.av_make_error_string;

/** Small helpers around the FFmpeg C API as JavaCPP exposes it. */
final class Ffmpeg {

    /** {@code AVERROR(EAGAIN)}: the codec or filter wants more input before it gives output. */
    static final int EAGAIN = -11;

    static {
        // FFmpeg logs to stderr; warnings about odd but harmless input would drown the useful lines.
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
    }

    private Ffmpeg() {
    }

    /** Throws when {@code ret} is an FFmpeg error; returns it otherwise. */
    static int check(int ret, String what) {
        if (ret < 0) {
            throw new MediaException(what + ": " + error(ret));
        }
        return ret;
    }

    static String error(int ret) {
        if (ret == AVERROR_EOF) {
            return "end of file";
        }
        return av_make_error_string(new BytePointer(256), 256, ret).getString().strip();
    }

    static String string(BytePointer pointer) {
        return pointer == null || pointer.isNull() ? null : pointer.getString();
    }

    static AVDictionary dictionary(Map<String, String> entries) {
        AVDictionary dictionary = new AVDictionary(null);
        entries.forEach((key, value) -> av_dict_set(dictionary, key, value, 0));
        return dictionary;
    }

    static double toDouble(AVRational r) {
        return r == null || r.den() == 0 ? 0 : (double) r.num() / r.den();
    }

    static AVRational rational(int num, int den) {
        return avutil.av_make_q(num, den);
    }
}
