package org.youthimages.judging.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import org.youthimages.storage.account.PasswordLinks;

/**
 * Asks for a reset link. Says the same whether or not the address has an account, so the page cannot be used to
 * find out who judges.
 */
@Route("account/forgot")
@AnonymousAllowed
@Prototype
public class ForgotPasswordView extends Div implements HasDynamicTitle {

    ForgotPasswordView(PasswordLinks links) {
        addClassName("yi-entrance");
        EmailField email = new EmailField(getTranslation("login.email"));
        email.setRequiredIndicatorVisible(true);
        email.setWidthFull();
        Paragraph done = new Paragraph();
        done.addClassName("yi-confirmation");
        Button send = new Button(getTranslation("forgot.send"), click -> {
            if (email.isEmpty() || email.isInvalid()) {
                email.setInvalid(true);
                email.setErrorMessage(getTranslation("forgot.emailNeeded"));
                return;
            }
            links.requestReset(email.getValue());
            done.setText(getTranslation("forgot.sent", email.getValue()));
            email.clear();
        });
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        Div card = new Div(new H1(getTranslation("forgot.title")), new Paragraph(getTranslation("forgot.intro")),
                email, send, done, new Anchor("login", getTranslation("forgot.back")));
        card.addClassName("yi-entrance-card");
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forgot.title");
    }
}
