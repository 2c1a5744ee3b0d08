package org.youthimages.judging.film.media;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A storyboard's WebVTT cues name the sprite image as the transcoder stored it (a relative or storage address);
 * the page needs the judging server's own address for it, which checks the juror's access. Only the image line
 * changes: the blank lines that separate the cues stay, or the player would read one cue only.
 */
final class StoryboardTrack {

    private static final Pattern IMAGE = Pattern.compile("(?m)^(?!WEBVTT)(?!NOTE)([^\\n]*?)(#xywh=\\d+,\\d+,\\d+,\\d+)[ \\t]*$");

    private StoryboardTrack() {
    }

    /** The track with every cue's image pointing at {@code spriteUrl} (unchanged when there is no sprite). */
    static String pointAt(String vtt, String spriteUrl) {
        if (spriteUrl == null) {
            return vtt;
        }
        Matcher matcher = IMAGE.matcher(vtt);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(spriteUrl + matcher.group(2)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
