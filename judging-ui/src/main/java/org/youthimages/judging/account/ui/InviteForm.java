package org.youthimages.judging.account.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import org.youthimages.storage.account.Invitation;
import org.youthimages.storage.account.Languages;
import org.youthimages.storage.account.Role;

import java.util.Locale;
import java.util.Set;

/** The organiser's invitation form. It never calls services: it fires an {@link InviteEvent} with the invitation. */
public class InviteForm extends FormLayout {

    final EmailField email = new EmailField();
    final TextField name = new TextField();
    final Select<Locale> language = new Select<>();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final TextField organisation = new TextField();
    final TextField country = new TextField();
    final Button invite = new Button();

    public InviteForm() {
        email.setLabel(getTranslation("accounts.email"));
        email.setRequiredIndicatorVisible(true);
        name.setLabel(getTranslation("accounts.name"));
        name.setRequiredIndicatorVisible(true);
        language.setLabel(getTranslation("accounts.language"));
        language.setItems(Languages.SUPPORTED);
        language.setItemLabelGenerator(l -> l.getDisplayLanguage(l));
        language.setValue(Locale.ENGLISH);
        roles.setLabel(getTranslation("accounts.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> getTranslation("role." + role.name()));
        roles.setValue(Set.of(Role.JUROR));
        organisation.setLabel(getTranslation("accounts.organisation"));
        country.setLabel(getTranslation("accounts.country"));
        country.setMaxLength(2);
        country.setHelperText(getTranslation("accounts.countryHelp"));
        invite.setText(getTranslation("accounts.invite"));
        invite.addThemeVariants(ButtonVariant.PRIMARY);
        invite.addClickListener(click -> submit());
        add(email, name, language, roles, organisation, country, invite);
    }

    private void submit() {
        try {
            Invitation invitation = new Invitation(email.getValue(), name.getValue(), language.getValue().getLanguage(),
                    roles.getValue(), organisation.getValue(), country.getValue());
            fireEvent(new InviteEvent(this, invitation));
        } catch (IllegalArgumentException e) {
            email.setInvalid(!Invitation.isEmail(email.getValue()));
            email.setErrorMessage(getTranslation("accounts.emailInvalid"));
            name.setInvalid(name.getValue().isBlank());
            name.setErrorMessage(getTranslation("accounts.nameNeeded"));
            roles.setInvalid(roles.getValue().isEmpty());
            roles.setErrorMessage(getTranslation("accounts.roleNeeded"));
            country.setInvalid(!Invitation.isCountryCodeOrNone(country.getValue()));
            country.setErrorMessage(getTranslation("accounts.countryHelp"));
        }
    }

    /** Empties the form for the next invitation. */
    public void clear() {
        email.clear();
        name.clear();
        organisation.clear();
        country.clear();
        email.setInvalid(false);
        name.setInvalid(false);
    }

    public Registration addInviteListener(ComponentEventListener<InviteEvent> listener) {
        return addListener(InviteEvent.class, listener);
    }

    /** An organiser asked to invite someone. */
    public static class InviteEvent extends ComponentEvent<InviteForm> {
        private final transient Invitation invitation;

        InviteEvent(InviteForm source, Invitation invitation) {
            super(source, false);
            this.invitation = invitation;
        }

        public Invitation invitation() {
            return invitation;
        }
    }
}
