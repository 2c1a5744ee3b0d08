package org.youthimages.judging.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/** A page that says, in the reader's language, why there is nothing to show here, and leads back to the start. */
public abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

    private final String messages;

    /** @param messages the prefix of the page's texts: {@code .title} and {@code .text} */
    ErrorPage(String className, String messages) {
        this.messages = messages;
        addClassName(className);
    }

    void explain() {
        removeAll();
        add(new H2(getPageTitle()), new Paragraph(getTranslation(messages + ".text")),
                new Anchor("", getTranslation("notAvailable.home")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(messages + ".title");
    }
}
