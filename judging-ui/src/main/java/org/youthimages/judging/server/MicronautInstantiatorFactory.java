package org.youthimages.judging.server;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.di.InstantiatorFactory;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletService;
import io.micronaut.context.ApplicationContext;

/** Found by Vaadin through the service loader: routes and components come from Micronaut's context. */
public final class MicronautInstantiatorFactory implements InstantiatorFactory {

    @Override
    public Instantiator createInstantitor(VaadinService service) {
        Object context = ((VaadinServletService) service).getServlet().getServletContext()
                .getAttribute(JudgingServer.APPLICATION_CONTEXT);
        if (context instanceof ApplicationContext applicationContext) {
            return new MicronautInstantiator(service, applicationContext);
        }
        return null;
    }
}
