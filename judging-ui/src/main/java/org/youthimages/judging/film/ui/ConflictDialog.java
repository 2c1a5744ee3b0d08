package org.youthimages.judging.film.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.function.Consumer;

/** "I know this entrant / I have a conflict": asks why (optional) and confirms that the film leaves the queue. */
class ConflictDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Button declare = new Button();

    ConflictDialog(Consumer<String> declared) {
        setHeaderTitle(getTranslation("conflict.title"));
        reason.setLabel(getTranslation("conflict.reason"));
        reason.setWidthFull();
        reason.setMaxLength(2000);
        add(new Paragraph(getTranslation("conflict.text")), reason);
        declare.setText(getTranslation("conflict.declare"));
        declare.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        declare.addClickListener(click -> {
            close();
            declared.accept(reason.getValue());
        });
        Button cancel = new Button(getTranslation("conflict.cancel"), click -> close());
        getFooter().add(cancel, declare);
        addClassName("yi-conflict-dialog");
    }
}
