package org.youthimages.transcoder.media;

import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVFrame;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.bytedeco.ffmpeg.global.avcodec.AVDISCARD_ALL;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.AV_PICTURE_TYPE_NONE;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_unref;
import static org.bytedeco.ffmpeg.global.avutil.av_rescale_q;

/**
 * The one decoding pass: every frame is decoded once and feeds every rendition's encoder, the poster candidates
 * and the storyboard; the sound is encoded once per bitrate and shared by the renditions that use it.
 */
final class EncodingPass {

    private final Path input;
    private final Path folder;
    private final Probe probe;
    private final OutputPlan plan;
    private final MediaLimits limits;
    private final Progress progress;

    private final List<Output> outputs = new ArrayList<>();
    private final Map<Integer, Encoder> audioEncoders = new LinkedHashMap<>();
    private final AVFrame frame = av_frame_alloc();
    private final AVFrame filtered = av_frame_alloc();
    private final AVPacket packet = av_packet_alloc();
    private PosterPicker posters;
    private SpriteSheet sprite;
    private double decodedVideoEnd;
    private long decodedFrames;
    private double reported = -1;

    private record Output(Rendition rendition, Encoder encoder, Mp4Writer writer) {
    }

    /** What the pass leaves behind besides the rendition files. */
    record Result(PosterPicker posters, SpriteSheet sprite, double decodedVideoSeconds) {
    }

    EncodingPass(Path input, Path folder, Probe probe, OutputPlan plan, MediaLimits limits, Progress progress) {
        this.input = input;
        this.folder = folder;
        this.probe = probe;
        this.plan = plan;
        this.limits = limits;
        this.progress = progress;
    }

    /** Runs the pass; the caller closes the poster picker and sprite sheet of the result. */
    Result run() {
        posters = new PosterPicker();
        sprite = new SpriteSheet(plan.storyboard());
        boolean done = false;
        try (SafeInput source = SafeInput.open(input)) {
            AVFormatContext context = source.context();
            AVStream videoStream = context.streams(probe.video().index());
            AVStream audioStream = plan.audio() ? context.streams(probe.audio().index()) : null;
            for (int i = 0; i < context.nb_streams(); i++) {
                if (i != videoStream.index() && (audioStream == null || i != audioStream.index())) {
                    context.streams(i).discard(AVDISCARD_ALL);
                }
            }
            try (Decoder video = new Decoder(videoStream);
                 Decoder audio = audioStream == null ? null : new Decoder(audioStream);
                 FilterGraph videoGraph = FilterGraph.parse(
                         GraphDescriptions.video(Sources.video("in", video), plan, probe.video()), 0);
                 FilterGraph audioGraph = audio == null ? null
                         : FilterGraph.parse(GraphDescriptions.audio(Sources.audio("in", audio), plan), 1)) {
                if (audioGraph != null) {
                    audioGraph.frameSize(GraphDescriptions.AUDIO_SINK, 1024);
                }
                openOutputs();
                readAll(context, video, audio, videoGraph, audioGraph);
                finish(video, audio, videoGraph, audioGraph);
            }
            done = true;
            return new Result(posters, sprite, decodedVideoEnd);
        } finally {
            closeOutputs();
            av_packet_free(packet);
            av_frame_free(filtered);
            av_frame_free(frame);
            if (!done) {
                posters.close();
                sprite.close();
            }
        }
    }

    private void openOutputs() {
        if (plan.audio()) {
            plan.audioBitrates().forEach(kbps -> audioEncoders.put(kbps, Encoder.aac(kbps)));
        }
        for (Rendition rendition : plan.renditions()) {
            Encoder encoder = Encoder.h264(rendition, Ffmpeg.rational(rendition.frameRateNum(),
                    rendition.frameRateDen()), Ladder.PRESET);
            Mp4Writer writer;
            try {
                writer = new Mp4Writer(file(rendition), encoder, audioEncoders.get(rendition.audioKbps()));
            } catch (RuntimeException e) {
                encoder.close();
                throw e;
            }
            outputs.add(new Output(rendition, encoder, writer));
        }
    }

    Path file(Rendition rendition) {
        return folder.resolve(rendition.label() + ".mp4");
    }

    private void readAll(AVFormatContext context, Decoder video, Decoder audio, FilterGraph videoGraph,
                         FilterGraph audioGraph) {
        while (av_read_frame(context, packet) >= 0) {
            if (packet.stream_index() == video.stream().index()) {
                video.send(packet);
                av_packet_unref(packet);
                decodeVideo(video, videoGraph);
            } else if (audio != null && packet.stream_index() == audio.stream().index()) {
                audio.send(packet);
                av_packet_unref(packet);
                decodeAudio(audio, audioGraph);
            } else {
                av_packet_unref(packet);
            }
        }
    }

    private void finish(Decoder video, Decoder audio, FilterGraph videoGraph, FilterGraph audioGraph) {
        video.send(null);
        decodeVideo(video, videoGraph);
        videoGraph.end("in");
        drainVideo(videoGraph);
        if (audio != null) {
            audio.send(null);
            decodeAudio(audio, audioGraph);
            audioGraph.end("in");
            drainAudio(audioGraph);
        }
        for (Output output : outputs) {
            output.encoder().send(null);
            writeVideoPackets(output);
        }
        for (Map.Entry<Integer, Encoder> entry : audioEncoders.entrySet()) {
            entry.getValue().send(null);
            writeAudioPackets(entry.getKey(), entry.getValue());
        }
        outputs.forEach(output -> output.writer().finish());
    }

    private void decodeVideo(Decoder video, FilterGraph graph) {
        AVStream stream = video.stream();
        long offset = Math.round(plan.startSeconds() / Ffmpeg.toDouble(stream.time_base()));
        while (video.receive(frame)) {
            long timestamp = frame.best_effort_timestamp();
            if (timestamp == AV_NOPTS_VALUE) {
                av_frame_unref(frame);
                continue;
            }
            frame.pts(timestamp - offset);
            double at = Sources.seconds(frame.pts(), stream);
            guard(at);
            decodedVideoEnd = Math.max(decodedVideoEnd, at + Sources.seconds(Math.max(0, frame.duration()), stream));
            graph.push("in", frame);
            av_frame_unref(frame);
            drainVideo(graph);
            report(at);
        }
    }

    /** Stops a decode that runs away: longer than any accepted film, or far more frames than such a film has. */
    private void guard(double at) {
        if (at > limits.hardMaxSeconds()) {
            throw Rejections.tooLong(at, limits.maxSeconds()).stop();
        }
        if (++decodedFrames > limits.hardMaxSeconds() * MediaLimits.MAX_FRAME_RATE) {
            throw Rejections.absurdFrameCount(decodedFrames + " frames decoded").stop();
        }
    }

    private void decodeAudio(Decoder audio, FilterGraph graph) {
        long offset = Math.round(plan.startSeconds() * audio.context().sample_rate());
        while (audio.receive(frame)) {
            long timestamp = frame.best_effort_timestamp();
            if (timestamp != AV_NOPTS_VALUE) {
                frame.pts(av_rescale_q(timestamp, audio.stream().time_base(),
                        Ffmpeg.rational(1, frame.sample_rate())) - offset);
            }
            graph.push("in", frame);
            av_frame_unref(frame);
            drainAudio(graph);
        }
    }

    private void drainVideo(FilterGraph graph) {
        for (Output output : outputs) {
            String sink = GraphDescriptions.sink(output.rendition());
            while (graph.pull(sink, filtered) == FilterGraph.Pull.FRAME) {
                filtered.pict_type(AV_PICTURE_TYPE_NONE);
                filtered.pts(av_rescale_q(filtered.pts(), graph.timeBase(sink), output.encoder().timeBase()));
                output.encoder().send(filtered);
                av_frame_unref(filtered);
                writeVideoPackets(output);
            }
        }
        while (graph.pull(GraphDescriptions.POSTER_SINK, filtered) == FilterGraph.Pull.FRAME) {
            posters.offer(filtered);
            av_frame_unref(filtered);
        }
        while (graph.pull(GraphDescriptions.THUMBNAIL_SINK, filtered) == FilterGraph.Pull.FRAME) {
            sprite.add(filtered);
            av_frame_unref(filtered);
        }
    }

    private void drainAudio(FilterGraph graph) {
        while (graph.pull(GraphDescriptions.AUDIO_SINK, filtered) == FilterGraph.Pull.FRAME) {
            for (Map.Entry<Integer, Encoder> entry : audioEncoders.entrySet()) {
                entry.getValue().send(filtered);
                writeAudioPackets(entry.getKey(), entry.getValue());
            }
            av_frame_unref(filtered);
        }
    }

    private void writeVideoPackets(Output output) {
        while (output.encoder().receive(packet)) {
            output.writer().writeVideo(packet, output.encoder().timeBase());
            av_packet_unref(packet);
        }
    }

    private void writeAudioPackets(int kbps, Encoder encoder) {
        while (encoder.receive(packet)) {
            for (Output output : outputs) {
                if (output.rendition().audioKbps() == kbps) {
                    output.writer().writeAudio(packet, encoder.timeBase());
                }
            }
            av_packet_unref(packet);
        }
    }

    private void report(double seconds) {
        double percent = Math.min(100, 100 * seconds / Math.max(0.001, plan.durationSeconds()));
        if (percent - reported >= 0.5) {
            progress.report(Progress.ENCODING, percent);
            reported = percent;
        }
    }

    private void closeOutputs() {
        for (Output output : outputs) {
            output.writer().close();
            output.encoder().close();
        }
        audioEncoders.values().forEach(Encoder::close);
    }
}
