package org.youthimages.app.site;

import org.youthimages.app.i18n.Language;
import org.youthimages.app.submission.FormChoices;

/**
 * A film's subtitles for a page's player: the player's menu names the language in the reader's language, and the
 * reader's own language, when the film has such a track, is on from the start.
 */
public record SubtitleTrack(String src, String language, String name, boolean readersLanguage) {

    public static SubtitleTrack of(String src, String language, Language reader) {
        return new SubtitleTrack(src, language, FormChoices.languageName(language, reader),
                language.equals(reader.code()));
    }
}
