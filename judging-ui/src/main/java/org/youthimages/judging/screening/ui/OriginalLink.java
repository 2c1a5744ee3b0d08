package org.youthimages.judging.screening.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.youthimages.judging.base.ui.CurrentAccount;
import org.youthimages.judging.base.ui.Downloads;
import org.youthimages.judging.base.ui.Formats;
import org.youthimages.storage.entry.OriginalFilms;

import java.util.Locale;
import java.util.Optional;

/**
 * A link that downloads an entry's film as the entrant uploaded it, named and sized in its label; none when no film
 * was uploaded.
 */
public final class OriginalLink {

    private OriginalLink() {
    }

    /** Labelled with the file's name and size. */
    public static Optional<Downloads.Link> of(Component owner, OriginalFilms originals, long entryId) {
        return of(owner, originals, entryId, "original.download");
    }

    /** Labelled with the size alone, for a column that says what it holds. */
    public static Optional<Downloads.Link> inColumn(Component owner, OriginalFilms originals, long entryId) {
        return of(owner, originals, entryId, "original.downloadShort");
    }

    private static Optional<Downloads.Link> of(Component owner, OriginalFilms originals, long entryId, String key) {
        Locale locale = UI.getCurrent() == null ? null : UI.getCurrent().getLocale();
        return originals.of(CurrentAccount.require(), entryId).map(original -> {
            String label = owner.getTranslation(key, original.fileName(), Formats.fileSize(original.sizeBytes(), locale));
            Downloads.Link link = Downloads.link(label, original.fileName(), original.contentType(),
                    original.sizeBytes(), out -> originals.write(CurrentAccount.require(), original, out));
            link.addClassName("yi-original");
            return link;
        });
    }
}
