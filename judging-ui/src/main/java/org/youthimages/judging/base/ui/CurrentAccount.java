package org.youthimages.judging.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpSession;
import org.youthimages.storage.account.AccessDeniedException;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.account.Languages;

import java.util.Optional;

/**
 * The signed-in account of this browser session. It lives in the HTTP session, so that the media servlet beside
 * Vaadin sees the same account; services still check it against the database on every action.
 */
public final class CurrentAccount {

    /** HTTP session attribute holding the {@link ActingAccount}. */
    public static final String ATTRIBUTE = "yi.account";

    private CurrentAccount() {
    }

    public static Optional<ActingAccount> get() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : from(session.getSession());
    }

    /** The account, for views that the access guard only lets signed-in users reach. */
    public static ActingAccount require() {
        return get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    public static Optional<ActingAccount> from(WrappedSession session) {
        return Optional.ofNullable(session).map(s -> s.getAttribute(ATTRIBUTE))
                .filter(ActingAccount.class::isInstance).map(ActingAccount.class::cast);
    }

    public static Optional<ActingAccount> from(HttpSession session) {
        return Optional.ofNullable(session).map(s -> s.getAttribute(ATTRIBUTE))
                .filter(ActingAccount.class::isInstance).map(ActingAccount.class::cast);
    }

    /** Starts the account's session under a new session id (so that a planted id is worth nothing). */
    public static void signIn(ActingAccount account) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request instanceof VaadinServletRequest servletRequest && servletRequest.getHttpServletRequest()
                .getSession(false) != null) {
            servletRequest.getHttpServletRequest().changeSessionId();
        }
        update(account);
    }

    /** Replaces the session's account, e.g. after a change of language. */
    public static void update(ActingAccount account) {
        VaadinSession session = VaadinSession.getCurrent();
        session.getSession().setAttribute(ATTRIBUTE, account);
        session.setLocale(Languages.closest(account.locale()));
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.setLocale(session.getLocale());
        }
    }

    /** Forgets the account in this session only (the session itself goes with {@link #signOut()}). */
    static void forget() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.getSession().removeAttribute(ATTRIBUTE);
        }
    }

    /** Ends the session and goes to the sign-in page. */
    public static void signOut() {
        UI ui = UI.getCurrent();
        VaadinSession session = VaadinSession.getCurrent();
        forget();
        ui.getPage().setLocation("login");
        session.getSession().invalidate();
    }
}
