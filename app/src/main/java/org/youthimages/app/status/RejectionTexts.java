package org.youthimages.app.status;

import jakarta.inject.Singleton;
import org.youthimages.app.i18n.Formats;
import org.youthimages.app.i18n.Language;
import org.youthimages.app.i18n.Messages;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.entry.RejectionReason;

/** Why the media pipeline refused a film, and what to do about it, said to a young person in their language. */
@Singleton
public class RejectionTexts {

    private final Messages messages;

    RejectionTexts(Messages messages) {
        this.messages = messages;
    }

    public record Text(String what, String todo) {
    }

    public Text explain(String code, Edition edition, Language language) {
        RejectionReason reason = parse(code);
        Formats fmt = new Formats(language);
        Object[] limits = {fmt.minutes(edition.minFilmSeconds()), fmt.minutes(edition.maxFilmSeconds()),
                fmt.number(edition.minVideoHeight()), fmt.size(edition.maxFileBytes())};
        String key = "rejection." + reason.name();
        return new Text(messages.get(language, key + ".what", limits), messages.get(language, key + ".todo", limits));
    }

    private static RejectionReason parse(String code) {
        try {
            return RejectionReason.valueOf(code);
        } catch (IllegalArgumentException | NullPointerException e) {
            return RejectionReason.PROCESSING_FAILED;
        }
    }
}
