package org.youthimages.app.i18n;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;
import org.thymeleaf.messageresolver.StandardMessageResolver;

/**
 * Resolves the templates' {@code #{key(args)}} from the public bundles, passing the arguments on as they are: a count
 * stays a number, so ICU can choose its plural form. Micronaut Views' own resolver turns every argument into text, so
 * this one takes its place in the template engine as the engine is created.
 */
class TemplateMessages extends AbstractMessageResolver {

    @Singleton
    static class Installer implements BeanCreatedEventListener<TemplateEngine> {

        private final IcuMessageSource messages;

        Installer(IcuMessageSource messages) {
            this.messages = messages;
        }

        @Override
        public TemplateEngine onCreated(BeanCreatedEvent<TemplateEngine> event) {
            event.getBean().setMessageResolver(new TemplateMessages(messages));
            return event.getBean();
        }
    }

    private final IcuMessageSource messages;
    private final StandardMessageResolver absent = new StandardMessageResolver();

    TemplateMessages(IcuMessageSource messages) {
        this.messages = messages;
    }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] args) {
        Object[] arguments = args == null ? new Object[0] : args;
        return messages.getMessage(key, context.getLocale(), arguments).orElse(null);
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                                                    Object[] args) {
        return absent.createAbsentMessageRepresentation(context, origin, key, args);
    }
}
