package org.youthimages.judging.server;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micronaut.context.ApplicationContext;

import java.util.stream.Stream;

/**
 * Creates Vaadin views and components as Micronaut beans, so they receive services by injection.
 * Classes that are not beans (Vaadin's own) are created the default way.
 */
final class MicronautInstantiator extends DefaultInstantiator {

    private final transient ApplicationContext context;

    MicronautInstantiator(VaadinService service, ApplicationContext context) {
        super(service);
        this.context = context;
    }

    @Override
    public <T> T getOrCreate(Class<T> type) {
        return context.findBean(type).orElseGet(() -> super.getOrCreate(type));
    }

    @Override
    public <T extends Component> T createComponent(Class<T> type) {
        return context.findBean(type).orElseGet(() -> super.createComponent(type));
    }

    /** Vaadin's own listeners, and those that are Micronaut beans (such as the access guard). */
    @Override
    public Stream<VaadinServiceInitListener> getServiceInitListeners() {
        return Stream.concat(super.getServiceInitListeners(),
                context.getBeansOfType(VaadinServiceInitListener.class).stream());
    }

    @Override
    public I18NProvider getI18NProvider() {
        return context.findBean(I18NProvider.class).orElseGet(super::getI18NProvider);
    }
}
