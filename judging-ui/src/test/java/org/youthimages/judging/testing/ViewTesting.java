package org.youthimages.judging.testing;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.ApplicationContext;
import org.youthimages.judging.base.ui.CurrentAccount;
import org.youthimages.judging.server.JudgingServer;
import org.youthimages.storage.account.ActingAccount;

import java.util.Locale;

/**
 * Views driven without a browser (Karibu-Testing): a mocked Vaadin whose views and components come from the test's
 * Micronaut context, exactly as in the judging server, with the real access guard and real services.
 */
public final class ViewTesting {

    private static Routes routes;

    private ViewTesting() {
    }

    public static void start(ApplicationContext context) {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("org.youthimages.judging");
        }
        MockVaadin.setup(UI::new, new MicronautServlet(routes, context));
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    public static void stop() {
        MockVaadin.tearDown();
    }

    /** Signs the account in, as the sign-in page does after checking the password. */
    public static void signIn(ActingAccount account) {
        CurrentAccount.signIn(account);
        UI.getCurrent().setLocale(Locale.forLanguageTag(account.locale()));
    }

    public static void signOut() {
        VaadinSession.getCurrent().getSession().removeAttribute(CurrentAccount.ATTRIBUTE);
    }

    /** Navigates like a click on a link, then gives the view shown. */
    public static Component navigate(String location) {
        int query = location.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent().navigate(location.substring(0, query),
                    com.vaadin.flow.router.QueryParameters.fromString(location.substring(query + 1)));
        }
        MockVaadin.clientRoundtrip(false);
        return currentView();
    }

    public static Component currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst() instanceof Component view
                ? view : null;
    }

    /**
     * Sets a field's value as the user would in the browser (the change event says it came from the client).
     * Karibu's own {@code _setValue} relies on an internal method that Vaadin 25 no longer has.
     */
    public static <V> void userSets(com.vaadin.flow.component.HasValue<?, V> field, V value) {
        try {
            java.lang.reflect.Method setModelValue = com.vaadin.flow.component.AbstractField.class
                    .getDeclaredMethod("setModelValue", Object.class, boolean.class);
            setModelValue.setAccessible(true);
            setModelValue.invoke(field, value, true);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot set " + field + " as the user would", e);
        }
    }

    /** The texts of the notifications on screen, oldest first. */
    public static java.util.List<String> notifications() {
        return com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text", "")).toList();
    }

    /** Every text shown by the component and what it contains, including field values and labels. */
    public static String allText(Component root) {
        StringBuilder text = new StringBuilder();
        collect(root.getElement(), text);
        return text.toString();
    }

    private static void collect(com.vaadin.flow.dom.Element element, StringBuilder text) {
        if (element.isTextNode()) {
            text.append(element.getText()).append('\n');
        }
        for (String property : java.util.List.of("label", "value", "text", "helperText", "placeholder", "title")) {
            String value = element.getProperty(property, "");
            if (!value.isBlank()) {
                text.append(value).append('\n');
            }
            if (element.hasAttribute(property)) {
                text.append(element.getAttribute(property)).append('\n');
            }
        }
        element.getChildren().forEach(child -> collect(child, text));
    }

    /** Confirms the confirmation dialog on screen (the newest, if several were opened). */
    public static void confirm() {
        java.util.List<com.vaadin.flow.component.confirmdialog.ConfirmDialog> open = com.github.mvysny.kaributesting
                .v10.LocatorJ._find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(open.getLast());
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
    }

    /** Clicks the button with this text (the newest, when a dialog repeats one of the page's). */
    public static void click(String text) {
        java.util.List<com.vaadin.flow.component.button.Button> buttons = com.github.mvysny.kaributesting.v10.LocatorJ
                ._find(com.vaadin.flow.component.button.Button.class, spec -> spec.withText(text));
        com.github.mvysny.kaributesting.v10.LocatorJ._click(buttons.getLast());
    }

    /** The field with this label (the newest, when a dialog repeats one of the page's). */
    public static <F extends com.vaadin.flow.component.Component> F field(Class<F> type, String label) {
        return com.github.mvysny.kaributesting.v10.LocatorJ._find(type, spec -> spec.withLabel(label)).getLast();
    }

    public static String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    private static final class MicronautServlet extends MockVaadinServlet {
        private final transient ApplicationContext context;

        MicronautServlet(Routes routes, ApplicationContext context) {
            super(routes);
            this.context = context;
        }

        @Override
        protected VaadinServletService createServletService(DeploymentConfiguration configuration)
                throws ServiceException {
            getServletContext().setAttribute(JudgingServer.APPLICATION_CONTEXT, context);
            return super.createServletService(configuration);
        }
    }
}
