package org.youthimages.judging.edition.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import org.youthimages.judging.base.ui.Actions;

import java.util.function.Consumer;

/**
 * A dialog to add or change one part of an edition (a category, a theme, a prize, a round, a criterion). Saving runs
 * the service through {@link Actions}, so a refusal is shown and a change that needs confirmation is asked first;
 * the dialog closes once saved.
 */
class PartDialog extends Dialog {

    final FormLayout form = new FormLayout();
    final Button save = new Button();

    PartDialog(String title, Consumer<Boolean> saveAction, Runnable saved, Component... fields) {
        setHeaderTitle(title);
        form.add(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        add(form);
        save.setText(getTranslation("setup.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> Actions.confirmable(this, saveAction, () -> {
            close();
            saved.run();
        }));
        getFooter().add(new Button(getTranslation("setup.cancel"), click -> close()), save);
        setWidth("min(44rem, 95vw)");
    }
}
