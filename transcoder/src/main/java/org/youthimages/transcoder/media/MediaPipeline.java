package org.youthimages.transcoder.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A film from upload to web: probe, validate against the edition's rules, analyse, encode the ladder in one
 * decode, then write the posters and the storyboard. Works on local files only; whoever calls it moves files in
 * and out of object storage.
 */
public final class MediaPipeline {

    /** Named as in object storage, so the track's relative references to the sprite hold there too. */
    public static final String SPRITE = "sprite.jpg";
    public static final String TRACK = "thumbnails.vtt";

    /**
     * @return the outputs in {@code folder}, or the reason the film is not accepted (no outputs are left then)
     * @throws MediaException when FFmpeg fails for a reason that is not the film's
     */
    public TranscodeResult run(Path input, Path folder, MediaLimits limits, Progress progress) {
        Probe probe = null;
        try {
            probe = new MediaProbe().probe(input);
            Optional<Rejection> invalid = Validation.check(probe, limits);
            if (invalid.isPresent()) {
                return TranscodeResult.rejected(probe, invalid.get());
            }
            AnalysisPass.Analysis analysis = new AnalysisPass(input, probe, limits, progress).run();
            checkAnalysis(probe, analysis, limits);
            OutputPlan plan = OutputPlan.of(probe, analysis);
            Files.createDirectories(folder);
            return encode(input, folder, probe, plan, analysis, limits, progress);
        } catch (Rejection.Stop stop) {
            deleteOutputs(folder, input);
            return TranscodeResult.rejected(probe, stop.rejection());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkAnalysis(Probe probe, AnalysisPass.Analysis analysis, MediaLimits limits) {
        double declared = probe.durationSeconds();
        if (declared > 0 && analysis.durationSeconds() < declared - margin(declared)) {
            throw Rejections.notDecodable(analysis.durationSeconds(), "the file ends at "
                    + analysis.durationSeconds() + " s but declares " + declared + " s").stop();
        }
        Validation.checkLength(analysis.durationSeconds(), limits).ifPresent(r -> {
            throw r.stop();
        });
    }

    private static TranscodeResult encode(Path input, Path folder, Probe probe, OutputPlan plan,
                                          AnalysisPass.Analysis analysis, MediaLimits limits, Progress progress) {
        EncodingPass pass = new EncodingPass(input, folder, probe, plan, limits, progress);
        EncodingPass.Result result = pass.run();
        try (PosterPicker posters = result.posters(); SpriteSheet sprite = result.sprite()) {
            double expected = analysis.videoSeconds();
            if (result.decodedVideoSeconds() < expected - margin(expected) || posters.best() == null) {
                throw Rejections.notDecodable(result.decodedVideoSeconds(), "the picture decodes up to "
                        + result.decodedVideoSeconds() + " s of " + expected + " s").stop();
            }
            List<TranscodeResult.RenditionFile> renditions = new ArrayList<>();
            for (Rendition rendition : plan.renditions()) {
                renditions.add(describe(rendition, pass.file(rendition)));
            }
            List<TranscodeResult.PosterFile> posterFiles = new ArrayList<>();
            for (int width : plan.posterWidths()) {
                Path file = folder.resolve("poster-w" + width + ".jpg");
                int height = JpegWriter.write(posters.best(), width, file);
                posterFiles.add(new TranscodeResult.PosterFile(width, height, file.getFileName().toString(), size(file)));
            }
            progress.report(Progress.ENCODING, 100);
            return new TranscodeResult(probe, null, Math.round(analysis.durationSeconds() * 1000),
                    plan.audio() && !Double.isInfinite(analysis.integratedLufs()) ? analysis.integratedLufs() : null,
                    plan.gainDb(), List.copyOf(renditions), List.copyOf(posterFiles),
                    storyboard(folder, plan, sprite));
        }
    }

    private static TranscodeResult.StoryboardFiles storyboard(Path folder, OutputPlan plan, SpriteSheet sprite) {
        Path image = folder.resolve(SPRITE);
        Path track = folder.resolve(TRACK);
        JpegWriter.write(sprite.frame(), sprite.frame().width(), image);
        try {
            Files.writeString(track, plan.storyboard().webVtt(SPRITE, sprite.tiles(), plan.durationSeconds()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + track, e);
        }
        return new TranscodeResult.StoryboardFiles(SPRITE, TRACK, plan.storyboard(), sprite.tiles(), size(image),
                size(track));
    }

    /** Reads a rendition back, as a check that it is a sound file and to record what it really is. */
    private static TranscodeResult.RenditionFile describe(Rendition rendition, Path file) {
        Probe probe = new MediaProbe().probe(file);
        Probe.VideoStream video = probe.video();
        if (video == null || probe.durationMs() == null) {
            throw new MediaException("The " + rendition.label() + " rendition cannot be read back");
        }
        long bitrate = probe.bitrate() != null ? probe.bitrate() : probe.sizeBytes() * 8000 / Math.max(1, probe.durationMs());
        return new TranscodeResult.RenditionFile(rendition.label(), file.getFileName().toString(), video.width(),
                video.height(), rendition.frameRate(), probe.durationMs(), bitrate, probe.sizeBytes());
    }

    /** How much shorter than expected a stream may end before the file counts as damaged. */
    private static double margin(double seconds) {
        return Math.max(1, 0.1 * seconds);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes what a failed run may have written, and nothing else (the input may sit in the same folder). */
    private static void deleteOutputs(Path folder, Path input) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                if (isOutput(file.getFileName().toString()) && !Files.isSameFile(file, input)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clean " + folder, e);
        }
    }

    /** True for the names of the files the pipeline writes. */
    public static boolean isOutput(String name) {
        return name.equals(SPRITE) || name.equals(TRACK) || name.matches("poster-w[0-9]+\\.jpg")
                || Ladder.RUNGS.stream().anyMatch(rung -> name.equals(rung.label() + ".mp4"));
    }
}
