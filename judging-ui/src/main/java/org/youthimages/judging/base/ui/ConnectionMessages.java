package org.youthimages.judging.base.ui;

import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.component.UI;

/** Vaadin's own "connection lost" messages (English only) in the language of the screen the juror is on. */
final class ConnectionMessages {

    private ConnectionMessages() {
    }

    static void translate(UI ui) {
        ReconnectDialogConfiguration messages = ui.getReconnectDialogConfiguration();
        messages.setDialogText(ui.getTranslation("connection.lost"));
        messages.setDialogTextGaveUp(ui.getTranslation("connection.gaveUp"));
    }
}
