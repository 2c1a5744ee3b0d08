package org.youthimages.transcoder.media;

import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionaryEntry;
import org.bytedeco.ffmpeg.avutil.AVFrame;

import java.nio.file.Path;

import static org.bytedeco.ffmpeg.global.avcodec.AVDISCARD_ALL;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avformat.avio_size;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_get;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_unref;
import static org.bytedeco.ffmpeg.global.avutil.av_rescale_q;

/**
 * The first, light pass: reads every packet without decoding the picture, to learn how long the film really is
 * (headers can lie or be missing, as in browser-recorded WebM), and measures the sound's loudness (EBU R128) so
 * the encoding pass can bring it to the target level in one go.
 */
final class AnalysisPass {

    private static final String LOUDNESS = "lavfi.r128.I";

    private final Path file;
    private final Probe probe;
    private final MediaLimits limits;
    private final Progress progress;

    private double start = Double.POSITIVE_INFINITY;
    private double end = Double.NEGATIVE_INFINITY;
    private double videoEnd = Double.NEGATIVE_INFINITY;
    private double integrated = Double.NEGATIVE_INFINITY;

    AnalysisPass(Path file, Probe probe, MediaLimits limits, Progress progress) {
        this.file = file;
        this.probe = probe;
        this.limits = limits;
        this.progress = progress;
    }

    Analysis run() {
        try (SafeInput input = SafeInput.open(file)) {
            AVFormatContext context = input.context();
            int videoIndex = probe.video().index();
            int audioIndex = probe.audio() == null ? -1 : probe.audio().index();
            for (int i = 0; i < context.nb_streams(); i++) {
                if (i != videoIndex && i != audioIndex) {
                    context.streams(i).discard(AVDISCARD_ALL);
                }
            }
            try (Decoder audio = audioIndex < 0 ? null : new Decoder(context.streams(audioIndex));
                 FilterGraph graph = audio == null ? null : FilterGraph.parse(Sources.audio("in", audio)
                         + ",aresample=48000,aformat=sample_fmts=fltp:channel_layouts=stereo"
                         + ",ebur128=metadata=1,abuffersink@out", 1)) {
                readAll(context, videoIndex, audio, graph);
            }
        }
        if (!(end > start)) {
            throw Rejections.notDecodable(0, "no timestamped video or audio packets").stop();
        }
        double zero = declaredStart().orElse(start);
        return new Analysis(end - zero, videoEnd - zero, zero, integrated);
    }

    /**
     * Where the film starts as the demuxer presents it (edit lists applied). Packet timestamps can start earlier:
     * AAC's priming samples come before zero and are never played, so they must not move the picture.
     */
    private java.util.OptionalDouble declaredStart() {
        java.util.stream.DoubleStream starts = java.util.stream.Stream.of(probe.video().startMs(),
                probe.audio() == null ? null : probe.audio().startMs())
                .filter(java.util.Objects::nonNull).mapToDouble(ms -> ms / 1000.0);
        return starts.min();
    }

    private void readAll(AVFormatContext context, int videoIndex, Decoder audio, FilterGraph graph) {
        AVPacket packet = av_packet_alloc();
        AVFrame frame = av_frame_alloc();
        long size = Math.max(1, avio_size(context.pb()));
        try {
            double reported = -1;
            while (av_read_frame(context, packet) >= 0) {
                AVStream stream = context.streams(packet.stream_index());
                note(packet, stream, packet.stream_index() == videoIndex);
                if (audio != null && packet.stream_index() == audio.stream().index()) {
                    audio.send(packet);
                    measure(audio, graph, frame);
                }
                av_packet_unref(packet);
                double percent = Math.min(100, 100.0 * context.pb().pos() / size);
                if (percent - reported >= 1) {
                    progress.report(Progress.ANALYSING, percent);
                    reported = percent;
                }
            }
            if (audio != null) {
                audio.send(null);
                measure(audio, graph, frame);
                graph.end("in");
                drain(graph, frame);
            }
        } finally {
            av_frame_free(frame);
            av_packet_free(packet);
        }
    }

    private void note(AVPacket packet, AVStream stream, boolean video) {
        long timestamp = packet.pts() != AV_NOPTS_VALUE ? packet.pts() : packet.dts();
        if (timestamp == AV_NOPTS_VALUE) {
            return;
        }
        double at = Sources.seconds(timestamp, stream);
        double until = at + Sources.seconds(Math.max(0, packet.duration()), stream);
        start = Math.min(start, at);
        end = Math.max(end, until);
        if (video) {
            videoEnd = Math.max(videoEnd, until);
        }
        if (end - start > limits.hardMaxSeconds()) {
            throw Rejections.tooLong(end - start, limits.maxSeconds()).stop();
        }
    }

    private void measure(Decoder audio, FilterGraph graph, AVFrame frame) {
        while (audio.receive(frame)) {
            long timestamp = frame.best_effort_timestamp();
            frame.pts(timestamp == AV_NOPTS_VALUE ? AV_NOPTS_VALUE
                    : av_rescale_q(timestamp, audio.stream().time_base(), Ffmpeg.rational(1, frame.sample_rate())));
            graph.push("in", frame);
            av_frame_unref(frame);
            drain(graph, frame);
        }
    }

    private void drain(FilterGraph graph, AVFrame frame) {
        while (graph.pull("out", frame) == FilterGraph.Pull.FRAME) {
            AVDictionaryEntry entry = av_dict_get(frame.metadata(), LOUDNESS, null, 0);
            if (entry != null && !entry.isNull()) {
                integrated = parse(Ffmpeg.string(entry.value()));
            }
            av_frame_unref(frame);
        }
    }

    private static double parse(String value) {
        try {
            return value == null ? Double.NEGATIVE_INFINITY : Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return Double.NEGATIVE_INFINITY;
        }
    }

    /**
     * @param durationSeconds from the first to the last timestamp of the sound and picture
     * @param videoSeconds    how far the picture's packets reach, from the same start
     * @param startSeconds    the first timestamp, which becomes zero in the renditions
     * @param integratedLufs  EBU R128 integrated loudness; negative infinity for silence or no sound
     */
    record Analysis(double durationSeconds, double videoSeconds, double startSeconds, double integratedLufs) {
    }
}
