package org.youthimages.judging.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for an address no screen answers (mistyped, cut short by a mail program, or from an old bookmark), in the
 * reader's language and with the way back, in place of Vaadin's English "Could not navigate" with its route.
 */
@AnonymousAllowed
public class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        super("yi-not-found", "notFound");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        explain();
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
