package org.youthimages.storage.objects;

import java.util.regex.Pattern;

/**
 * Every object key of the platform is built here, so the layout of the bucket is readable in one place:
 * <pre>
 * entries/{reference}/original/{uploadId}        the file as the entrant sent it, never modified
 * entries/{reference}/renditions/{label}.mp4      web renditions: 1080p, 720p, 480p, 360p
 * entries/{reference}/posters/w{width}.jpg        poster in several widths
 * entries/{reference}/storyboard/sprite.jpg       storyboard sprite for scrubbing
 * entries/{reference}/storyboard/thumbnails.vtt   WebVTT track pointing into the sprite
 * entries/{reference}/subtitles/{language}.vtt    subtitles, stored as WebVTT
 * uploads/{uploadId}/...                          resumable uploads in progress
 * </pre>
 */
public final class ObjectKeys {

    private static final Pattern SAFE_SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    private ObjectKeys() {
    }

    public static String original(String reference, String uploadId) {
        return entry(reference) + "original/" + segment(uploadId);
    }

    public static String rendition(String reference, String label) {
        return entry(reference) + "renditions/" + segment(label) + ".mp4";
    }

    public static String poster(String reference, int width) {
        return entry(reference) + "posters/w" + width + ".jpg";
    }

    public static String storyboardSprite(String reference) {
        return entry(reference) + "storyboard/sprite.jpg";
    }

    public static String storyboardTrack(String reference) {
        return entry(reference) + "storyboard/thumbnails.vtt";
    }

    public static String subtitles(String reference, String language) {
        return entry(reference) + "subtitles/" + segment(language) + ".vtt";
    }

    public static String upload(String uploadId, String part) {
        return "uploads/" + segment(uploadId) + "/" + segment(part);
    }

    /** Prefix of everything stored for one entry. */
    public static String entry(String reference) {
        return "entries/" + segment(reference) + "/";
    }

    private static String segment(String value) {
        if (value == null || !SAFE_SEGMENT.matcher(value).matches() || value.contains("..")) {
            throw new IllegalArgumentException("Not a safe object key segment: " + value);
        }
        return value;
    }
}
