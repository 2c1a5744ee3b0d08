package org.youthimages.judging.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.aura.Aura;

/**
 * One consistent look: Vaadin's Aura theme and the platform's own stylesheet (plain CSS: the pre-compiled
 * production bundle allows no custom front-end build). Sized for phones and tablets as well as desktops.
 */
@StyleSheet(Aura.STYLESHEET)
@StyleSheet("styles/judging.css")
@Viewport("width=device-width, initial-scale=1, viewport-fit=cover")
@Meta(name = "referrer", content = "no-referrer")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }
}
