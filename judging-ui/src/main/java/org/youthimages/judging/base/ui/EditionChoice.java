package org.youthimages.judging.base.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import org.youthimages.storage.edition.Edition;

import java.util.List;
import java.util.Optional;

/**
 * The edition an organiser screen works on. The choice is kept for the session, so moving from screening to
 * results to awards stays on the same edition.
 */
public class EditionChoice extends Select<Edition> {

    static final String ATTRIBUTE = "yi.edition";

    public EditionChoice(List<Edition> editions) {
        setLabel(getTranslation("rounds.edition"));
        setItems(editions);
        setItemLabelGenerator(Edition::name);
        setWidth("min(28rem, 100%)");
        Long remembered = remembered();
        Optional<Edition> chosen = editions.stream().filter(e -> e.id().equals(remembered)).findFirst();
        chosen.or(() -> editions.stream().findFirst()).ifPresent(this::setValue);
        addValueChangeListener(e -> {
            if (e.getValue() != null && VaadinSession.getCurrent() != null) {
                VaadinSession.getCurrent().setAttribute(ATTRIBUTE, e.getValue().id());
            }
        });
    }

    /** Makes this edition the one organiser screens open on. */
    public static void remember(long editionId) {
        if (VaadinSession.getCurrent() != null) {
            VaadinSession.getCurrent().setAttribute(ATTRIBUTE, editionId);
        }
    }

    private static Long remembered() {
        return VaadinSession.getCurrent() == null ? null : (Long) VaadinSession.getCurrent().getAttribute(ATTRIBUTE);
    }
}
