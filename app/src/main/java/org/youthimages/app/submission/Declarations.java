package org.youthimages.app.submission;

import org.youthimages.app.i18n.Language;
import org.youthimages.app.i18n.Messages;
import org.youthimages.storage.entry.Consent;
import org.youthimages.storage.submission.NewEntry;

import java.util.List;

/**
 * The declarations an entrant makes and the consent a guardian gives. Their texts live in the message bundles;
 * {@link #VERSION} changes whenever any of these texts or the privacy notice they refer to changes, so each record
 * names the exact words that were agreed to.
 */
public final class Declarations {

    public static final String VERSION = "2026-12";

    /** What every entrant declares, in this order on the form. */
    public static final List<Consent.Kind> ENTRANT = List.of(Consent.Kind.OWN_WORK, Consent.Kind.APPEARANCE_RELEASE,
            Consent.Kind.MUSIC_AND_FOOTAGE_LICENSED, Consent.Kind.SCREENING_AND_PUBLICATION, Consent.Kind.PRIVACY_NOTICE);

    private Declarations() {
    }

    public static String key(Consent.Kind kind) {
        return "declaration." + kind.name();
    }

    public static NewEntry.Declaration of(Consent.Kind kind, Language language, Messages messages) {
        return new NewEntry.Declaration(kind, VERSION + "/" + language.code(), messages.get(language, key(kind)),
                language.code());
    }
}
