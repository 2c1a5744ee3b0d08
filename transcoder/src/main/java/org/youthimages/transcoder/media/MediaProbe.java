package org.youthimages.transcoder.media;

import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacketSideData;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVDictionaryEntry;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.javacpp.IntPointer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.bytedeco.ffmpeg.global.avcodec.AV_PKT_DATA_DISPLAYMATRIX;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_side_data_get;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_decoder;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_get_name;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_profile_name;
import static org.bytedeco.ffmpeg.global.avformat.AV_DISPOSITION_ATTACHED_PIC;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_AUDIO;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.AV_DICT_IGNORE_SUFFIX;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.AV_TIME_BASE;
import static org.bytedeco.ffmpeg.global.avutil.av_color_primaries_name;
import static org.bytedeco.ffmpeg.global.avutil.av_color_space_name;
import static org.bytedeco.ffmpeg.global.avutil.av_color_transfer_name;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_get;
import static org.bytedeco.ffmpeg.global.avutil.av_display_rotation_get;
import static org.bytedeco.ffmpeg.global.avutil.av_get_media_type_string;
import static org.bytedeco.ffmpeg.global.avutil.av_get_pix_fmt_name;
import static org.bytedeco.ffmpeg.global.avutil.av_pix_fmt_desc_get;
import static org.bytedeco.ffmpeg.global.avutil.av_rescale_q;

/** Reads a media file's container and stream properties, safely (see {@link SafeInput}). */
public final class MediaProbe {

    private static final Set<String> HDR_TRANSFERS = Set.of("smpte2084", "arib-std-b67");
    private static final AVRational MILLIS = Ffmpeg.rational(1, 1000);

    /**
     * @throws Rejection.Stop when the file is not a video container we accept or cannot be read
     */
    public Probe probe(Path file) {
        try (SafeInput input = SafeInput.open(file)) {
            return probe(input, size(file));
        }
    }

    static Probe probe(SafeInput input, long sizeBytes) {
        AVFormatContext context = input.context();
        List<Probe.StreamSummary> streams = new ArrayList<>();
        Probe.VideoStream video = null;
        Probe.AudioStream audio = null;
        for (int i = 0; i < context.nb_streams(); i++) {
            AVStream stream = context.streams(i);
            AVCodecParameters par = stream.codecpar();
            String type = Ffmpeg.string(av_get_media_type_string(par.codec_type()));
            streams.add(new Probe.StreamSummary(i, type == null ? "unknown" : type,
                    Ffmpeg.string(avcodec_get_name(par.codec_id()))));
            boolean coverArt = (stream.disposition() & AV_DISPOSITION_ATTACHED_PIC) != 0;
            if (par.codec_type() == AVMEDIA_TYPE_VIDEO && !coverArt && par.width() > 0 && par.height() > 0) {
                Probe.VideoStream candidate = video(stream);
                if (video == null || pixels(candidate) > pixels(video)) {
                    video = candidate;
                }
            } else if (par.codec_type() == AVMEDIA_TYPE_AUDIO && audio == null && par.ch_layout().nb_channels() > 0
                    && decodable(par)) {
                // Sound FFmpeg cannot decode is left out rather than failing the film; the picture is what counts.
                audio = audio(stream);
            }
        }
        Long duration = context.duration() == AV_NOPTS_VALUE || context.duration() <= 0 ? null
                : context.duration() * 1000 / AV_TIME_BASE;
        Long bitrate = context.bit_rate() > 0 ? context.bit_rate() : null;
        return new Probe(Ffmpeg.string(context.iformat().name()), duration, sizeBytes, bitrate,
                hasLocation(context.metadata()) || streamsHaveLocation(context), List.copyOf(streams), video, audio);
    }

    private static Probe.VideoStream video(AVStream stream) {
        AVCodecParameters par = stream.codecpar();
        double[] orientation = orientation(par);
        int rotation = (int) orientation[0];
        boolean flipped = orientation[1] != 0;
        AVRational sar = par.sample_aspect_ratio().num() > 0 ? par.sample_aspect_ratio() : stream.sample_aspect_ratio();
        int sarNum = sar.num() > 0 && sar.den() > 0 ? sar.num() : 1;
        int sarDen = sar.num() > 0 && sar.den() > 0 ? sar.den() : 1;
        int shownWidth = (int) Math.round(par.width() * (double) sarNum / sarDen);
        int displayWidth = rotation % 180 == 0 ? shownWidth : par.height();
        int displayHeight = rotation % 180 == 0 ? par.height() : shownWidth;
        double avg = Ffmpeg.toDouble(stream.avg_frame_rate());
        double real = Ffmpeg.toDouble(stream.r_frame_rate());
        String transfer = Ffmpeg.string(av_color_transfer_name(par.color_trc()));
        String pixelFormat = par.format() < 0 ? null : Ffmpeg.string(av_get_pix_fmt_name(par.format()));
        int bitDepth = par.bits_per_raw_sample() > 0 ? par.bits_per_raw_sample()
                : par.format() < 0 ? 8 : av_pix_fmt_desc_get(par.format()).comp(0).depth();
        return new Probe.VideoStream(stream.index(), Ffmpeg.string(avcodec_get_name(par.codec_id())),
                Ffmpeg.string(avcodec_profile_name(par.codec_id(), par.profile())),
                par.width(), par.height(), rotation, flipped, sarNum, sarDen, round(avg), round(real),
                isVariable(avg, real), stream.nb_frames() > 0 ? stream.nb_frames() : null, pixelFormat, bitDepth,
                transfer, Ffmpeg.string(av_color_primaries_name(par.color_primaries())),
                Ffmpeg.string(av_color_space_name(par.color_space())), transfer != null && HDR_TRANSFERS.contains(transfer),
                displayWidth, displayHeight, par.bit_rate() > 0 ? par.bit_rate() : null, startMs(stream));
    }

    private static Probe.AudioStream audio(AVStream stream) {
        AVCodecParameters par = stream.codecpar();
        return new Probe.AudioStream(stream.index(), Ffmpeg.string(avcodec_get_name(par.codec_id())),
                par.ch_layout().nb_channels(), par.sample_rate(), par.bit_rate() > 0 ? par.bit_rate() : null,
                startMs(stream));
    }

    /** [clockwise degrees to turn the picture upright, 1 when mirrored]. */
    private static double[] orientation(AVCodecParameters par) {
        AVPacketSideData data = av_packet_side_data_get(par.coded_side_data(), par.nb_coded_side_data(),
                AV_PKT_DATA_DISPLAYMATRIX);
        if (data == null || data.isNull() || data.size() < 36) {
            return new double[] {0, 0};
        }
        IntPointer matrix = new IntPointer(data.data());
        boolean flipped = (long) matrix.get(0) * matrix.get(4) - (long) matrix.get(1) * matrix.get(3) < 0;
        double angle = av_display_rotation_get(matrix);
        if (Double.isNaN(angle)) {
            return new double[] {0, flipped ? 1 : 0};
        }
        // FFmpeg gives the counter-clockwise rotation the picture has; turning it upright goes the other way.
        long degrees = Math.round(-angle / 90.0) * 90;
        return new double[] {Math.floorMod(degrees, 360), flipped ? 1 : 0};
    }

    private static boolean decodable(AVCodecParameters par) {
        var decoder = avcodec_find_decoder(par.codec_id());
        return decoder != null && !decoder.isNull();
    }

    static boolean isVariable(double avg, double real) {
        return avg > 0 && real > 0 && Math.abs(avg - real) / real > 0.02;
    }

    private static Long startMs(AVStream stream) {
        return stream.start_time() == AV_NOPTS_VALUE ? null : av_rescale_q(stream.start_time(), stream.time_base(), MILLIS);
    }

    private static boolean streamsHaveLocation(AVFormatContext context) {
        for (int i = 0; i < context.nb_streams(); i++) {
            if (hasLocation(context.streams(i).metadata())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLocation(AVDictionary metadata) {
        if (metadata == null || metadata.isNull()) {
            return false;
        }
        AVDictionaryEntry entry = null;
        while ((entry = av_dict_get(metadata, "", entry, AV_DICT_IGNORE_SUFFIX)) != null && !entry.isNull()) {
            String key = Ffmpeg.string(entry.key());
            if (key != null && key.toLowerCase().contains("location")) {
                return true;
            }
        }
        return false;
    }

    private static long pixels(Probe.VideoStream video) {
        return (long) video.width() * video.height();
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the size of " + file, e);
        }
    }
}
