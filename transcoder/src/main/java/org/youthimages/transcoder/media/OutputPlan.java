package org.youthimages.transcoder.media;

import java.util.List;

/**
 * Everything the encoding pass produces, decided from the probe and the analysis before a frame is decoded.
 *
 * @param renditions        largest first; each rung scaled from the one above it
 * @param posterSource      the rendition whose frames are poster candidates
 * @param posterWidths      widths the poster is written in
 * @param posterStepSeconds time between poster candidates
 * @param storyboardSource  the rendition the storyboard thumbnails are scaled from (the smallest)
 * @param gainDb            loudness correction to reach the target, 0 without sound
 */
record OutputPlan(List<Rendition> renditions,
                  double durationSeconds,
                  double startSeconds,
                  Rendition posterSource,
                  List<Integer> posterWidths,
                  double posterStepSeconds,
                  Rendition storyboardSource,
                  Storyboard storyboard,
                  boolean audio,
                  double gainDb) {

    /** EBU R128 target for every rendition, as streaming platforms use for speech and mixed content. */
    static final double TARGET_LUFS = -16;
    static final double TRUE_PEAK_LIMIT_DB = -1.5;
    /** Quiet recordings get at most this much louder, so background noise is not blown up. */
    static final double MAX_BOOST_DB = 20;
    static final List<Integer> POSTER_WIDTHS = List.of(1280, 640, 320);
    static final int POSTER_CANDIDATES = 12;

    static OutputPlan of(Probe probe, AnalysisPass.Analysis analysis) {
        Probe.VideoStream video = probe.video();
        List<Rendition> renditions = Ladder.renditions(video.displayWidth(), video.displayHeight(),
                Ladder.frameRate(video));
        Rendition posterSource = renditions.stream()
                .filter(r -> r.width() <= POSTER_WIDTHS.getFirst()).findFirst().orElse(renditions.getLast());
        List<Integer> widths = POSTER_WIDTHS.stream().filter(w -> w <= posterSource.width()).toList();
        double duration = analysis.durationSeconds();
        return new OutputPlan(renditions, duration, analysis.startSeconds(), posterSource,
                widths.isEmpty() ? List.of(posterSource.width()) : widths,
                Math.max(0.04, duration / POSTER_CANDIDATES), renditions.getLast(),
                Storyboard.plan(video.displayWidth(), video.displayHeight(), analysis.videoSeconds()), probe.audio() != null,
                gain(analysis.integratedLufs()));
    }

    static double gain(double integratedLufs) {
        if (Double.isInfinite(integratedLufs) || Double.isNaN(integratedLufs) || integratedLufs < -70) {
            return 0;
        }
        return Math.min(MAX_BOOST_DB, TARGET_LUFS - integratedLufs);
    }

    /** AAC bitrates in use, each encoded once and shared by the renditions that use it. */
    List<Integer> audioBitrates() {
        return renditions.stream().map(Rendition::audioKbps).distinct().toList();
    }
}
