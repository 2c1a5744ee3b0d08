package org.youthimages.judging.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The time zone of the user's browser, for moments that are the user's own (when a draft was saved, when a scorecard
 * was submitted, until when sign-in is locked); the server's when the browser has not said.
 */
public final class BrowserTimeZone {

    private BrowserTimeZone() {
    }

    public static ZoneId current() {
        return reported().orElse(ZoneId.systemDefault());
    }

    /** The browser's time zone, when it has said one Java knows. */
    public static Optional<ZoneId> reported() {
        UI ui = UI.getCurrent();
        ExtendedClientDetails details = ui == null ? null : ui.getPage().getExtendedClientDetails();
        String id = details == null ? null : details.getTimeZoneId();
        if (id != null && !id.isBlank()) {
            try {
                return Optional.of(ZoneId.of(id));
            } catch (DateTimeException unknown) {
                // a browser's zone name Java does not know
            }
        }
        return Optional.empty();
    }
}
