package org.youthimages.transcoder.media;

import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avcodec.AVPacketSideData;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.javacpp.IntPointer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_FLAG_GLOBAL_HEADER;
import static org.bytedeco.ffmpeg.global.avcodec.AV_PKT_DATA_DISPLAYMATRIX;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_rescale_ts;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_side_data_new;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_encoder_by_name;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_from_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_packet;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_frame;
import static org.bytedeco.ffmpeg.global.avformat.AVIO_FLAG_WRITE;
import static org.bytedeco.ffmpeg.global.avformat.av_interleaved_write_frame;
import static org.bytedeco.ffmpeg.global.avformat.av_write_trailer;
import static org.bytedeco.ffmpeg.global.avformat.avformat_alloc_output_context2;
import static org.bytedeco.ffmpeg.global.avformat.avformat_free_context;
import static org.bytedeco.ffmpeg.global.avformat.avformat_new_stream;
import static org.bytedeco.ffmpeg.global.avformat.avformat_write_header;
import static org.bytedeco.ffmpeg.global.avformat.avio_closep;
import static org.bytedeco.ffmpeg.global.avformat.avio_open;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_PRI_BT2020;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_SPC_BT2020_NCL;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_TRC_SMPTE2084;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_FLT;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_FLTP;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_copy;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_default;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_free;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_set;
import static org.bytedeco.ffmpeg.global.avutil.av_display_rotation_set;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_get_buffer;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_make_writable;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_unref;

/** Writes {@link Clip}s with FFmpeg's own encoders and muxers, so every test film is made by the tests. */
final class ClipMaker {

    private static final int RATE = 48_000;
    private static final int VFR_CLOCK = 60;
    private static final int[] VFR_GAPS = {2, 2, 3};

    private final Clip clip;
    private final AVFormatContext output = new AVFormatContext(null);
    private final AVPacket packet = av_packet_alloc();
    private AVCodecContext video;
    private AVCodecContext audio;
    private AVStream videoStream;
    private AVStream audioStream;

    private ClipMaker(Clip clip) {
        this.clip = clip;
    }

    static void write(Clip clip, Path file) {
        new ClipMaker(clip).run(file);
    }

    private void run(Path file) {
        Ffmpeg.check(avformat_alloc_output_context2(output, null, clip.container, file.toString()), "output");
        try {
            if (clip.video) {
                openVideo();
            }
            if (clip.audio) {
                openAudio();
            }
            if (clip.location) {
                AVDictionary metadata = new AVDictionary(null);
                av_dict_set(metadata, "location", "+46.2044+006.1432/", 0);
                output.metadata(metadata);
            }
            AVIOContext io = new AVIOContext(null);
            Ffmpeg.check(avio_open(io, file.toString(), AVIO_FLAG_WRITE), "open " + file);
            output.pb(io);
            Map<String, String> options = new HashMap<>();
            if (clip.faststart && !clip.container.equals("webm") && !clip.container.equals("matroska")) {
                options.put("movflags", "+faststart");
            }
            if (clip.live) {
                options.put("live", "1");
            }
            AVDictionary header = Ffmpeg.dictionary(options);
            Ffmpeg.check(avformat_write_header(output, header), "header");
            av_dict_free(header);
            List<Double> flashes = clip.video ? writeVideo() : clip.markers;
            if (clip.audio) {
                writeAudio(flashes);
            }
            Ffmpeg.check(av_write_trailer(output), "trailer");
        } finally {
            if (video != null) {
                avcodec_free_context(video);
            }
            if (audio != null) {
                avcodec_free_context(audio);
            }
            av_packet_free(packet);
            avio_closep(output.pb());
            avformat_free_context(output);
        }
    }

    private int clock() {
        return clip.variableFrameRate ? VFR_CLOCK : clip.fps;
    }

    private void openVideo() {
        AVCodec codec = avcodec_find_encoder_by_name(clip.videoCodec);
        video = avcodec_alloc_context3(codec);
        video.width(clip.width);
        video.height(clip.height);
        video.pix_fmt(org.bytedeco.ffmpeg.global.avutil.av_get_pix_fmt(clip.pixelFormat));
        video.time_base(Ffmpeg.rational(1, clock()));
        video.framerate(Ffmpeg.rational(clip.fps, 1));
        video.sample_aspect_ratio(Ffmpeg.rational(clip.sarNum, clip.sarDen));
        video.gop_size(clip.fps * 2);
        if (clip.hdrLuma > 0) {
            video.color_trc(AVCOL_TRC_SMPTE2084);
            video.color_primaries(AVCOL_PRI_BT2020);
            video.colorspace(AVCOL_SPC_BT2020_NCL);
        }
        video.flags(video.flags() | AV_CODEC_FLAG_GLOBAL_HEADER);
        Map<String, String> options = switch (clip.videoCodec) {
            case "libvpx-vp9" -> Map.of("deadline", "realtime", "cpu-used", "8", "b", "800k");
            case "libx265" -> Map.of("preset", "ultrafast", "x265-params", "log-level=error");
            default -> Map.of("preset", "ultrafast", "crf", "20");
        };
        AVDictionary dictionary = Ffmpeg.dictionary(options);
        Ffmpeg.check(avcodec_open2(video, codec, dictionary), "open " + clip.videoCodec);
        av_dict_free(dictionary);
        videoStream = avformat_new_stream(output, null);
        Ffmpeg.check(avcodec_parameters_from_context(videoStream.codecpar(), video), "video parameters");
        videoStream.time_base(video.time_base());
        videoStream.sample_aspect_ratio(video.sample_aspect_ratio());
        if (clip.rotation != 0) {
            addRotation(videoStream.codecpar(), clip.rotation);
        }
    }

    /** Stores a display matrix asking players to turn the picture {@code clockwise} degrees, as phones do. */
    private static void addRotation(AVCodecParameters par, int clockwise) {
        AVPacketSideData list = new AVPacketSideData(null);
        IntPointer count = new IntPointer(1).put(0);
        AVPacketSideData entry = av_packet_side_data_new(list, count, AV_PKT_DATA_DISPLAYMATRIX, 36, 0);
        av_display_rotation_set(new IntPointer(entry.data()), clockwise);
        par.coded_side_data(list);
        par.nb_coded_side_data(count.get());
    }

    private void openAudio() {
        AVCodec codec = avcodec_find_encoder_by_name(clip.audioCodec);
        audio = avcodec_alloc_context3(codec);
        audio.sample_fmt(clip.audioCodec.equals("libopus") ? AV_SAMPLE_FMT_FLT : AV_SAMPLE_FMT_FLTP);
        audio.sample_rate(RATE);
        av_channel_layout_default(audio.ch_layout(), clip.channels);
        audio.bit_rate(96_000);
        audio.time_base(Ffmpeg.rational(1, RATE));
        audio.flags(audio.flags() | AV_CODEC_FLAG_GLOBAL_HEADER);
        Ffmpeg.check(avcodec_open2(audio, codec, (AVDictionary) null), "open " + clip.audioCodec);
        audioStream = avformat_new_stream(output, null);
        Ffmpeg.check(avcodec_parameters_from_context(audioStream.codecpar(), audio), "audio parameters");
        audioStream.time_base(audio.time_base());
    }

    /** @return the times of the flash frames, where the beeps go */
    private List<Double> writeVideo() {
        List<Double> flashes = new ArrayList<>();
        String source = String.format("testsrc2=size=%dx%d:rate=%d,format=%s,buffersink@out",
                clip.width, clip.height, clock(), clip.pixelFormat);
        AVFrame frame = av_frame_alloc();
        try (FilterGraph graph = FilterGraph.parse(source, 1)) {
            int gap = 0;
            long next = 0;
            int markerIndex = 0;
            for (long n = 0; ; n++) {
                graph.pull("out", frame);
                double t = clip.videoStart + (double) n / clock();
                if (t >= clip.seconds) {
                    av_frame_unref(frame);
                    break;
                }
                if (n < next) {
                    av_frame_unref(frame);
                    continue;
                }
                next = n + (clip.variableFrameRate ? VFR_GAPS[gap++ % VFR_GAPS.length] : 1);
                av_frame_make_writable(frame);
                boolean flash = markerIndex < clip.markers.size() && t >= clip.markers.get(markerIndex) - 1e-9;
                if (flash) {
                    flashes.add(t);
                    markerIndex++;
                }
                paint(frame, t, flash);
                frame.pts(n + Math.round(clip.videoStart * clock()));
                encode(video, frame, videoStream);
                av_frame_unref(frame);
            }
            encode(video, null, videoStream);
        } finally {
            av_frame_free(frame);
        }
        return flashes;
    }

    private void paint(AVFrame frame, double t, boolean flash) {
        boolean tenBit = clip.pixelFormat.contains("10");
        if (clip.hdrLuma > 0) {
            fill(frame, clip.hdrLuma, 512, true);
            return;
        }
        if (flash) {
            fill(frame, tenBit ? 940 : 235, tenBit ? 512 : 128, tenBit);
        } else if (t < clip.blackLeadIn) {
            fill(frame, tenBit ? 64 : 16, tenBit ? 512 : 128, tenBit);
        }
        markCorner(frame, tenBit ? 940 : 235, tenBit);
    }

    /** White in the top-left sixth of the coded picture. */
    private static void markCorner(AVFrame frame, int luma, boolean tenBit) {
        int bytes = tenBit ? 2 : 1;
        ByteBuffer data = frame.data(0).capacity((long) frame.linesize(0) * frame.height()).asByteBuffer()
                .order(ByteOrder.LITTLE_ENDIAN);
        for (int y = 0; y < frame.height() / 6; y++) {
            for (int x = 0; x < frame.width() / 6; x++) {
                int at = y * frame.linesize(0) + x * bytes;
                if (tenBit) {
                    data.putShort(at, (short) luma);
                } else {
                    data.put(at, (byte) luma);
                }
            }
        }
    }

    private static void fill(AVFrame frame, int luma, int chroma, boolean tenBit) {
        boolean subsampled = frame.linesize(1) < frame.linesize(0);
        for (int plane = 0; plane < 3; plane++) {
            int rows = plane > 0 && subsampled ? (frame.height() + 1) / 2 : frame.height();
            ByteBuffer data = frame.data(plane).capacity((long) frame.linesize(plane) * rows).asByteBuffer()
                    .order(ByteOrder.LITTLE_ENDIAN);
            int value = plane == 0 ? luma : chroma;
            if (tenBit) {
                for (int i = 0; i + 1 < data.capacity(); i += 2) {
                    data.putShort(i, (short) value);
                }
            } else {
                for (int i = 0; i < data.capacity(); i++) {
                    data.put(i, (byte) value);
                }
            }
        }
    }

    private void writeAudio(List<Double> flashes) {
        int frameSize = audio.frame_size() > 0 ? audio.frame_size() : 1024;
        long total = Math.round((clip.seconds - clip.audioStart) * RATE);
        double tone = Math.pow(10, clip.toneDb / 20);
        double beep = Math.pow(10, -6 / 20.0);
        AVFrame frame = av_frame_alloc();
        try {
            for (long done = 0; done < total; done += frameSize) {
                int samples = (int) Math.min(frameSize, total - done);
                frame.nb_samples(samples);
                frame.format(audio.sample_fmt());
                frame.sample_rate(RATE);
                av_channel_layout_copy(frame.ch_layout(), audio.ch_layout());
                Ffmpeg.check(av_frame_get_buffer(frame, 0), "audio buffer");
                for (int i = 0; i < samples; i++) {
                    double t = clip.audioStart + (double) (done + i) / RATE;
                    double value = tone * Math.sin(2 * Math.PI * 440 * t);
                    for (double flash : flashes) {
                        if (t >= flash && t < flash + 0.1) {
                            value = beep * Math.sin(2 * Math.PI * 2000 * (t - flash));
                        }
                    }
                    put(frame, i, (float) value);
                }
                frame.pts(done + Math.round(clip.audioStart * RATE));
                encode(audio, frame, audioStream);
                av_frame_unref(frame);
            }
            encode(audio, null, audioStream);
        } finally {
            av_frame_free(frame);
        }
    }

    private void put(AVFrame frame, int index, float value) {
        if (audio.sample_fmt() == AV_SAMPLE_FMT_FLT) {
            FloatBuffer data = frame.data(0).capacity((long) frame.nb_samples() * clip.channels * 4).asByteBuffer()
                    .order(ByteOrder.nativeOrder()).asFloatBuffer();
            for (int c = 0; c < clip.channels; c++) {
                data.put(index * clip.channels + c, value);
            }
        } else {
            for (int c = 0; c < clip.channels; c++) {
                frame.data(c).capacity((long) frame.nb_samples() * 4).asByteBuffer().order(ByteOrder.nativeOrder())
                        .asFloatBuffer().put(index, value);
            }
        }
    }

    private void encode(AVCodecContext encoder, AVFrame frame, AVStream stream) {
        Ffmpeg.check(avcodec_send_frame(encoder, frame), "encode");
        int ret;
        while ((ret = avcodec_receive_packet(encoder, packet)) >= 0) {
            av_packet_rescale_ts(packet, encoder.time_base(), stream.time_base());
            packet.stream_index(stream.index());
            Ffmpeg.check(av_interleaved_write_frame(output, packet), "write");
        }
        if (ret != Ffmpeg.EAGAIN && ret != AVERROR_EOF) {
            Ffmpeg.check(ret, "encode");
        }
    }
}
