package org.youthimages.judging.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.youthimages.storage.account.AccessDeniedException;

/**
 * Shown for anything the signed-in account may not open: a film not assigned to them, a closed round, an organiser
 * page. It says the same thing whether the thing exists or not, so nothing leaks.
 */
@AnonymousAllowed
public class NotAvailableView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    private static final Logger LOG = LoggerFactory.getLogger(NotAvailableView.class);

    public NotAvailableView() {
        super("yi-not-available", "notAvailable");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        LOG.info("Refused: {}", parameter.getException().getMessage());
        explain();
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
