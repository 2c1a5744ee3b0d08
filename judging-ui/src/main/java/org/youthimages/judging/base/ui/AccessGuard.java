package org.youthimages.judging.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Singleton;
import org.youthimages.judging.account.ui.LoginView;
import org.youthimages.judging.server.JudgingServerSettings;
import org.youthimages.storage.account.AccessDeniedException;
import org.youthimages.storage.account.AccessRules;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.account.Role;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * Guards every navigation: {@code @AnonymousAllowed} views are open to all; {@code @PermitAll} views need a signed-in
 * account; {@code @RolesAllowed} views need one of the roles. A view with none of these is closed to everyone.
 * The account is re-checked against the database each time (still active, password unchanged since signing in)
 * and a session older than {@link JudgingServerSettings#sessionMax()} ends.
 */
@Singleton
public class AccessGuard implements VaadinServiceInitListener {

    private final AccessRules access;
    private final JudgingServerSettings settings;

    AccessGuard(AccessRules access, JudgingServerSettings settings) {
        this.access = access;
        this.settings = settings;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::beforeEnter));
        event.getSource().setSystemMessagesProvider(info -> expiredSessionsReload());
    }

    /**
     * An expired session reloads the page at the next click, which leads to the sign-in page and back; what was
     * typed meanwhile is still in the browser and restored on the film screen.
     */
    private static com.vaadin.flow.server.CustomizedSystemMessages expiredSessionsReload() {
        com.vaadin.flow.server.CustomizedSystemMessages messages = new com.vaadin.flow.server.CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(false);
        return messages;
    }

    void beforeEnter(BeforeEnterEvent event) {
        ConnectionMessages.translate(event.getUI());
        Class<?> target = event.getNavigationTarget();
        Optional<ActingAccount> account = validAccount();
        if (target.isAnnotationPresent(AnonymousAllowed.class)) {
            return;
        }
        if (account.isEmpty()) {
            String path = event.getLocation().getPathWithQueryParameters();
            event.forwardTo(LoginView.class, path.isEmpty() ? QueryParameters.empty()
                    : QueryParameters.of(LoginView.NEXT, path));
            return;
        }
        if (!allows(target, account.get())) {
            event.rerouteToError(new AccessDeniedException(account.get().email() + " may not open " + target.getName()),
                    "");
        }
    }

    static boolean allows(Class<?> target, ActingAccount account) {
        RolesAllowed roles = target.getAnnotation(RolesAllowed.class);
        if (roles != null) {
            return Arrays.stream(roles.value()).map(Role::valueOf).anyMatch(account::hasRole);
        }
        return target.isAnnotationPresent(PermitAll.class);
    }

    private Optional<ActingAccount> validAccount() {
        Optional<ActingAccount> account = CurrentAccount.get();
        if (account.isPresent() && (account.get().signedInAt().plus(settings.sessionMax()).isBefore(Instant.now())
                || access.current(account.get()).isEmpty())) {
            CurrentAccount.forget();
            return Optional.empty();
        }
        return account;
    }
}
