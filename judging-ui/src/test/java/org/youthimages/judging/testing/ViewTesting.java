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
        UI.getCurrent().navigate(location);
        MockVaadin.clientRoundtrip(false);
        return currentView();
    }

    public static Component currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst() instanceof Component view
                ? view : null;
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
