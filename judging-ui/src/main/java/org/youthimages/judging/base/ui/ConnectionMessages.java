package org.youthimages.judging.base.ui;

import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.component.UI;

/**
 * Vaadin's own connection messages (English only) in the language of the screen the juror is on: "connection lost",
 * "offline", and the connection indicator's "Online", which it shows when the connection is back.
 */
final class ConnectionMessages {

    private ConnectionMessages() {
    }

    static void translate(UI ui) {
        ReconnectDialogConfiguration messages = ui.getReconnectDialogConfiguration();
        messages.setDialogText(ui.getTranslation("connection.lost"));
        messages.setDialogTextGaveUp(ui.getTranslation("connection.gaveUp"));
        // the indicator is the browser's alone: Flow carries the two texts above to it, but not this one
        ui.getPage().executeJs("const indicator = window.Vaadin && window.Vaadin.connectionIndicator;"
                + " if (indicator) { indicator.onlineText = $0; }", ui.getTranslation("connection.online"));
    }
}
