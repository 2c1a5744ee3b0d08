package org.youthimages.transcoder.worker;

import io.micronaut.serde.ObjectMapper;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.MediaAsset;
import org.youthimages.storage.objects.ObjectKeys;
import org.youthimages.storage.job.JobFailure;
import org.youthimages.storage.objects.ObjectStore;
import org.youthimages.transcoder.media.MediaPipeline;
import org.youthimages.transcoder.media.TranscodeResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Stores a job's outputs under their keys and describes each as the media asset row the pages read. */
final class OutputUpload {

    private final ObjectStore objects;
    private final ObjectMapper json;
    private final Entry entry;
    private final Path folder;

    OutputUpload(ObjectStore objects, ObjectMapper json, Entry entry, Path folder) {
        this.objects = objects;
        this.json = json;
        this.entry = entry;
        this.folder = folder;
    }

    List<MediaAsset> upload(TranscodeResult result) {
        String reference = entry.reference();
        List<MediaAsset> assets = new ArrayList<>();
        for (TranscodeResult.RenditionFile r : result.renditions()) {
            assets.add(store(MediaAsset.Kind.RENDITION, r.label(), ObjectKeys.rendition(reference, r.label()), r.file(),
                    "video/mp4", r.width(), r.height(), r.durationMs(), r.bitrate(), json(r)));
        }
        for (TranscodeResult.PosterFile p : result.posters()) {
            assets.add(store(MediaAsset.Kind.POSTER, "w" + p.width(), ObjectKeys.poster(reference, p.width()), p.file(),
                    "image/jpeg", p.width(), p.height(), null, null, null));
        }
        TranscodeResult.StoryboardFiles storyboard = result.storyboard();
        if (storyboard != null) {
            String layout = json(storyboard.layout());
            assets.add(store(MediaAsset.Kind.STORYBOARD, "", ObjectKeys.storyboardSprite(reference),
                    storyboard.sprite(), "image/jpeg",
                    storyboard.layout().tileWidth() * storyboard.layout().columns(),
                    storyboard.layout().tileHeight() * storyboard.layout().rows(), result.durationMs(), null, layout));
            assets.add(store(MediaAsset.Kind.STORYBOARD_VTT, "", ObjectKeys.storyboardTrack(reference),
                    storyboard.track(), "text/vtt", null, null, result.durationMs(), null, layout));
        }
        return assets;
    }

    private MediaAsset store(MediaAsset.Kind kind, String label, String key, String file, String contentType,
                             Integer width, Integer height, Long durationMs, Long bitrate, String probe) {
        Path path = output(file);
        long size;
        try {
            size = Files.size(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        objects.putFile(key, path, contentType);
        return new MediaAsset(null, entry.id(), kind, label, key, contentType, size, null, width, height,
                durationMs, bitrate, probe, null);
    }

    /**
     * The media process is not trusted: a name it reports must be one of the pipeline's output names, a plain file
     * (no link) right in the job's output folder, or nothing is uploaded.
     */
    private Path output(String name) {
        Path path = folder.resolve(name).normalize();
        if (!MediaPipeline.isOutput(name) || !folder.normalize().equals(path.getParent())
                || !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            throw JobFailure.retryable("The media process reported an unexpected output: " + name, null);
        }
        return path;
    }

    private String json(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
