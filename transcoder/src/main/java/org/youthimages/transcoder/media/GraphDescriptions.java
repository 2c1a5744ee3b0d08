package org.youthimages.transcoder.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The filter graphs of the encoding pass, in FFmpeg's filtergraph syntax. One decode feeds every rendition: the
 * picture is made constant-rate, upright, SDR and square-pixelled once at the top rung's size, and each lower rung
 * is scaled from the rung above it (cheaper than scaling every rung from the full-size source, as
 * {@code ffmpeg -filter_complex split} does), with the poster candidates and storyboard thumbnails branching off.
 */
final class GraphDescriptions {

    static final String POSTER_SINK = "poster";
    static final String THUMBNAIL_SINK = "thumbnails";
    static final String AUDIO_SINK = "aout";

    private GraphDescriptions() {
    }

    static String sink(Rendition rendition) {
        return "v" + rendition.label();
    }

    /** @param source the {@code buffer@in=…} source description */
    static String video(String source, OutputPlan plan, Probe.VideoStream video) {
        List<Rendition> renditions = plan.renditions();
        Rendition top = renditions.getFirst();
        StringBuilder graph = new StringBuilder(source);
        graph.append(String.format(Locale.ROOT, ",fps=fps=%d/%d:start_time=0",
                top.frameRateNum(), top.frameRateDen()));
        boolean sideways = video.rotation() % 180 != 0;
        int codedWidth = sideways ? top.height() : top.width();
        int codedHeight = sideways ? top.width() : top.height();
        graph.append(',').append(video.hdr() ? toneMap(codedWidth, codedHeight)
                : scale(codedWidth, codedHeight) + colours(video));
        orientation(video.rotation(), video.flipped()).forEach(f -> graph.append(',').append(f));
        graph.append(",format=yuv420p,setsar=1");
        for (int i = 0; i < renditions.size(); i++) {
            Rendition rendition = renditions.get(i);
            if (i > 0) {
                graph.append(";[c").append(i).append(']');
                if (rendition.frameRate() < renditions.get(i - 1).frameRate() - 0.01) {
                    graph.append(String.format(Locale.ROOT, "fps=fps=%d/%d,", rendition.frameRateNum(),
                            rendition.frameRateDen()));
                }
                graph.append(scale(rendition.width(), rendition.height())).append(",setsar=1");
            }
            List<String> outputs = new ArrayList<>();
            outputs.add("o" + i);
            if (i + 1 < renditions.size()) {
                outputs.add("c" + (i + 1));
            }
            if (rendition == plan.posterSource()) {
                outputs.add("p");
            }
            if (rendition == plan.storyboardSource()) {
                outputs.add("s");
            }
            graph.append(",split=").append(outputs.size());
            outputs.forEach(o -> graph.append('[').append(o).append(']'));
            graph.append(";[o").append(i).append("]buffersink@").append(sink(rendition));
        }
        graph.append(String.format(Locale.ROOT,
                ";[p]select=expr=isnan(prev_selected_t)+gte(t-prev_selected_t\\,%.3f),buffersink@%s",
                plan.posterStepSeconds(), POSTER_SINK));
        Storyboard storyboard = plan.storyboard();
        graph.append(String.format(Locale.ROOT, ";[s]fps=fps=1/%d:start_time=0,%s,setsar=1,buffersink@%s",
                (int) storyboard.intervalSeconds(), scale(storyboard.tileWidth(), storyboard.tileHeight()),
                THUMBNAIL_SINK));
        return graph.toString();
    }

    /** Sound: aligned to the picture's start, stereo 48 kHz, brought to the loudness target, peaks limited. */
    static String audio(String source, OutputPlan plan) {
        return source + String.format(Locale.ROOT,
                ",aresample=%d:async=1:first_pts=0,aformat=sample_fmts=fltp:channel_layouts=stereo"
                        + ",volume=volume=%.2fdB,alimiter=limit=%.4f:level=false:latency=true"
                        + ",aformat=sample_fmts=fltp:sample_rates=%d:channel_layouts=stereo,abuffersink@%s",
                Encoder.AUDIO_RATE, plan.gainDb(), Math.pow(10, OutputPlan.TRUE_PEAK_LIMIT_DB / 20),
                Encoder.AUDIO_RATE, AUDIO_SINK);
    }

    /** Filters that turn the coded picture upright, as the display matrix asks (and as FFmpeg's autorotate does). */
    static List<String> orientation(int rotation, boolean flipped) {
        return switch (rotation) {
            case 90 -> List.of(flipped ? "transpose=cclock_flip" : "transpose=clock");
            case 180 -> flipped ? List.of("vflip") : List.of("hflip", "vflip");
            case 270 -> List.of(flipped ? "transpose=clock_flip" : "transpose=cclock");
            default -> flipped ? List.of("hflip") : List.of();
        };
    }

    private static String scale(int width, int height) {
        return String.format(Locale.ROOT, "scale=w=%d:h=%d:flags=bicubic", width, height);
    }

    /**
     * Renditions are BT.709, video range. A film that does not say which colours it uses is read the way players
     * read it: BT.709 from 720 lines up, BT.601 below; converting it as BT.601 would shift every colour.
     */
    static String colours(Probe.VideoStream video) {
        boolean untagged = video.colorSpace() == null || video.colorSpace().equals("unknown");
        String input = !untagged ? "auto" : Math.min(video.width(), video.height()) >= 720 ? "bt709" : "bt601";
        return ":in_color_matrix=" + input + ":out_color_matrix=bt709:out_range=tv";
    }

    /** HDR (PQ or HLG, BT.2020) to SDR BT.709: linear light, Hable tone curve, back to video range. */
    private static String toneMap(int width, int height) {
        return String.format(Locale.ROOT, "zscale=w=%d:h=%d:t=linear:npl=100,format=gbrpf32le,zscale=p=bt709,"
                + "tonemap=tonemap=hable:desat=0,zscale=t=bt709:m=bt709:r=tv", width, height);
    }
}
