package org.youthimages.transcoder.media;

import org.bytedeco.ffmpeg.avfilter.AVFilterContext;
import org.bytedeco.ffmpeg.avfilter.AVFilterGraph;
import org.bytedeco.ffmpeg.avfilter.AVFilterInOut;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.javacpp.Pointer;

import java.util.HashMap;
import java.util.Map;

import static org.bytedeco.ffmpeg.global.avfilter.AV_BUFFERSRC_FLAG_KEEP_REF;
import static org.bytedeco.ffmpeg.global.avfilter.av_buffersink_get_frame;
import static org.bytedeco.ffmpeg.global.avfilter.av_buffersink_get_time_base;
import static org.bytedeco.ffmpeg.global.avfilter.av_buffersink_set_frame_size;
import static org.bytedeco.ffmpeg.global.avfilter.av_buffersrc_add_frame_flags;
import static org.bytedeco.ffmpeg.global.avfilter.avfilter_graph_alloc;
import static org.bytedeco.ffmpeg.global.avfilter.avfilter_graph_config;
import static org.bytedeco.ffmpeg.global.avfilter.avfilter_graph_free;
import static org.bytedeco.ffmpeg.global.avfilter.avfilter_graph_parse2;
import static org.bytedeco.ffmpeg.global.avfilter.avfilter_inout_free;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;

/**
 * A libavfilter graph described in FFmpeg's filtergraph syntax, sources and sinks included and named
 * ({@code buffer@in}, {@code buffersink@720p}), so frames are passed by reference from the decoder to the encoders.
 */
final class FilterGraph implements AutoCloseable {

    enum Pull { FRAME, AGAIN, END }

    private final AVFilterGraph graph;
    private final Map<String, AVFilterContext> filters = new HashMap<>();

    private FilterGraph(AVFilterGraph graph) {
        this.graph = graph;
    }

    static FilterGraph parse(String description, int threads) {
        AVFilterGraph graph = avfilter_graph_alloc();
        graph.nb_threads(threads);
        FilterGraph result = new FilterGraph(graph);
        AVFilterInOut inputs = new AVFilterInOut(null);
        AVFilterInOut outputs = new AVFilterInOut(null);
        try {
            Ffmpeg.check(avfilter_graph_parse2(graph, description, inputs, outputs), "filter graph " + description);
            if (!inputs.isNull() || !outputs.isNull()) {
                throw new MediaException("Filter graph has unconnected pads: " + description);
            }
            Ffmpeg.check(avfilter_graph_config(graph, (Pointer) null), "filter graph setup " + description);
            return result;
        } catch (RuntimeException e) {
            result.close();
            throw e;
        } finally {
            avfilter_inout_free(inputs);
            avfilter_inout_free(outputs);
        }
    }

    private AVFilterContext filter(String name) {
        return filters.computeIfAbsent(name, n -> {
            // Instances named in the description ("buffersink@720p") keep the filter's name as a prefix.
            for (int i = 0; i < graph.nb_filters(); i++) {
                AVFilterContext filter = graph.filters(i);
                String instance = Ffmpeg.string(filter.name());
                if (instance != null && instance.endsWith("@" + n)) {
                    return filter;
                }
            }
            throw new MediaException("No filter named " + n + " in the graph");
        });
    }

    /** Passes a reference to the frame into a source; the caller keeps its own reference. */
    void push(String source, AVFrame frame) {
        Ffmpeg.check(av_buffersrc_add_frame_flags(filter(source), frame, AV_BUFFERSRC_FLAG_KEEP_REF),
                "filter input " + source);
    }

    /** Tells a source that no more frames come. */
    void end(String source) {
        Ffmpeg.check(av_buffersrc_add_frame_flags(filter(source), null, 0), "end of filter input " + source);
    }

    Pull pull(String sink, AVFrame into) {
        int ret = av_buffersink_get_frame(filter(sink), into);
        if (ret == Ffmpeg.EAGAIN) {
            return Pull.AGAIN;
        }
        if (ret == AVERROR_EOF) {
            return Pull.END;
        }
        Ffmpeg.check(ret, "filter output " + sink);
        return Pull.FRAME;
    }

    AVRational timeBase(String sink) {
        return av_buffersink_get_time_base(filter(sink));
    }

    /** Audio sinks hand out frames of exactly this many samples (AAC wants 1024). */
    void frameSize(String sink, int samples) {
        av_buffersink_set_frame_size(filter(sink), samples);
    }

    @Override
    public void close() {
        if (graph != null && !graph.isNull()) {
            avfilter_graph_free(graph);
        }
    }
}
