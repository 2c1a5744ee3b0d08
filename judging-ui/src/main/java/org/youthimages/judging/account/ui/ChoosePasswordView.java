package org.youthimages.judging.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import org.youthimages.judging.base.ui.CurrentAccount;
import org.youthimages.storage.account.AccountToken;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.account.InvalidPasswordException;
import org.youthimages.storage.account.Languages;
import org.youthimages.storage.account.PasswordLinks;
import org.youthimages.storage.account.PasswordPolicy;

/** Behind the link of an invitation or a password reset: choose a password, and be signed in. */
@Route("account/password")
@AnonymousAllowed
@Prototype
public class ChoosePasswordView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final PasswordLinks links;
    private final Div card = new Div();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private String secret;

    ChoosePasswordView(PasswordLinks links) {
        this.links = links;
        addClassName("yi-entrance");
        card.addClassName("yi-entrance-card");
        add(card);
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        secret = token;
        card.removeAll();
        links.check(token).ifPresentOrElse(this::showForm, this::showInvalid);
    }

    private void showForm(PasswordLinks.LinkDetails details) {
        if (CurrentAccount.get().isEmpty()) {
            com.vaadin.flow.component.UI.getCurrent().setLocale(Languages.closest(details.locale()));
        }
        boolean invited = details.purpose() == AccountToken.Purpose.INVITATION;
        password.setLabel(getTranslation("password.new"));
        password.setHelperText(getTranslation("password.rule", PasswordPolicy.MIN_LENGTH));
        password.setWidthFull();
        repeat.setLabel(getTranslation("password.repeat"));
        repeat.setWidthFull();
        Button save = new Button(getTranslation(invited ? "password.accept" : "password.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        card.add(new H1(getTranslation(invited ? "password.welcome" : "password.resetTitle", details.displayName())),
                new Paragraph(getTranslation(invited ? "password.welcomeText" : "password.resetText", details.email())),
                password, repeat, save);
    }

    private void showInvalid() {
        card.add(new H1(getTranslation("password.invalidTitle")), new Paragraph(getTranslation("password.invalidText")),
                new Anchor("account/forgot", getTranslation("login.forgot")));
    }

    private void save() {
        password.setInvalid(false);
        repeat.setInvalid(false);
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("password.mismatch"));
            repeat.setInvalid(true);
            return;
        }
        try {
            ActingAccount account = links.choosePassword(secret, password.getValue());
            CurrentAccount.signIn(account);
            getUI().ifPresent(ui -> ui.getPage().setLocation("."));
        } catch (InvalidPasswordException e) {
            password.setErrorMessage(getTranslation("password.problem." + e.problem().name(), PasswordPolicy.MIN_LENGTH,
                    PasswordPolicy.MAX_LENGTH));
            password.setInvalid(true);
        } catch (PasswordLinks.InvalidLinkException e) {
            card.removeAll();
            showInvalid();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title");
    }
}
