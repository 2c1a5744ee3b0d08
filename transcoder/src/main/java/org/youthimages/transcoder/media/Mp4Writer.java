package org.youthimages.transcoder.media;

import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVRational;

import java.nio.file.Path;
import java.util.Map;

import static org.bytedeco.ffmpeg.global.avcodec.av_packet_clone;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_rescale_ts;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_from_context;
import static org.bytedeco.ffmpeg.global.avformat.AVIO_FLAG_WRITE;
import static org.bytedeco.ffmpeg.global.avformat.av_interleaved_write_frame;
import static org.bytedeco.ffmpeg.global.avformat.av_write_trailer;
import static org.bytedeco.ffmpeg.global.avformat.avformat_alloc_output_context2;
import static org.bytedeco.ffmpeg.global.avformat.avformat_free_context;
import static org.bytedeco.ffmpeg.global.avformat.avformat_new_stream;
import static org.bytedeco.ffmpeg.global.avformat.avformat_write_header;
import static org.bytedeco.ffmpeg.global.avformat.avio_closep;
import static org.bytedeco.ffmpeg.global.avformat.avio_open;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_free;

/**
 * An MP4 file with one H.264 and at most one AAC stream, index at the front (faststart) so playback starts before
 * the whole file has arrived. Nothing of the source's metadata is carried over: no location, no device, no names.
 */
final class Mp4Writer implements AutoCloseable {

    private final AVFormatContext context;
    private final AVStream video;
    private final AVStream audio;

    Mp4Writer(Path file, Encoder videoEncoder, Encoder audioEncoder) {
        context = new AVFormatContext(null);
        Ffmpeg.check(avformat_alloc_output_context2(context, null, "mp4", file.toString()), "create " + file);
        try {
            video = stream(videoEncoder);
            audio = audioEncoder == null ? null : stream(audioEncoder);
            AVIOContext io = new AVIOContext(null);
            Ffmpeg.check(avio_open(io, file.toString(), AVIO_FLAG_WRITE), "open " + file);
            context.pb(io);
            AVDictionary options = Ffmpeg.dictionary(Map.of("movflags", "+faststart"));
            try {
                Ffmpeg.check(avformat_write_header(context, options), "write the header of " + file);
            } finally {
                av_dict_free(options);
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private AVStream stream(Encoder encoder) {
        AVStream stream = avformat_new_stream(context, null);
        Ffmpeg.check(avcodec_parameters_from_context(stream.codecpar(), encoder.context()), "stream parameters");
        stream.time_base(encoder.timeBase());
        return stream;
    }

    /** Writes a video packet (its time base is one frame); the packet's reference is handed over. */
    void writeVideo(AVPacket packet, AVRational encoderTimeBase) {
        if (packet.duration() <= 0) {
            // libx264 leaves durations out; without them the last frame would not count in the file's length.
            packet.duration(1);
        }
        write(packet, encoderTimeBase, video);
    }

    /** Writes a copy of an audio packet, so the same encoded sound can go into several renditions. */
    void writeAudio(AVPacket packet, AVRational encoderTimeBase) {
        AVPacket copy = av_packet_clone(packet);
        try {
            write(copy, encoderTimeBase, audio);
        } finally {
            av_packet_free(copy);
        }
    }

    private void write(AVPacket packet, AVRational from, AVStream stream) {
        av_packet_rescale_ts(packet, from, stream.time_base());
        packet.stream_index(stream.index());
        Ffmpeg.check(av_interleaved_write_frame(context, packet), "write packet");
    }

    /** Writes the index and moves it to the front of the file. */
    void finish() {
        Ffmpeg.check(av_write_trailer(context), "finish the file");
    }

    @Override
    public void close() {
        if (context.isNull()) {
            return;
        }
        AVIOContext io = context.pb();
        if (io != null && !io.isNull()) {
            avio_closep(io);
        }
        avformat_free_context(context);
    }
}
