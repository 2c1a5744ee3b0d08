package org.youthimages.judging.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.inject.Singleton;
import org.youthimages.storage.account.Languages;

/**
 * A new session starts in the language the browser ranks highest among those of the interface. Vaadin's own choice
 * prefers an exact match anywhere in the browser's list, so {@code fr-CH, en;q=0.5} (as Firefox and Safari send it)
 * would open in English. Signing in or choosing a language replaces this one.
 */
@Singleton
class BrowserLanguage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(started -> started.getSession().setLocale(
                Languages.preferred(started.getRequest().getHeader("Accept-Language"))));
    }
}
