package org.youthimages.judging.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/** The small, quiet buttons that stand in a grid's rows (Change, Remind, Withdraw…). */
public final class RowButtons {

    private RowButtons() {
    }

    public static Button small(String text, Runnable action) {
        Button button = new Button(text, click -> action.run());
        button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        return button;
    }
}
