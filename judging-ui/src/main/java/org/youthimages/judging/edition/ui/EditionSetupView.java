package org.youthimages.judging.edition.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.youthimages.judging.base.ui.Actions;
import org.youthimages.judging.base.ui.CurrentAccount;
import org.youthimages.judging.base.ui.EditionChoice;
import org.youthimages.judging.base.ui.MainLayout;
import org.youthimages.judging.base.ui.Notifications;
import org.youthimages.storage.account.AccessDeniedException;
import org.youthimages.storage.decision.Refused;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.edition.EditionEditor;
import org.youthimages.storage.edition.EditionParts;
import org.youthimages.storage.edition.EditionSettings;
import org.youthimages.storage.edition.RoundSetup;
import org.youthimages.storage.editioncopy.EditionCopy;
import org.youthimages.storage.judging.JuryPanels;
import org.youthimages.storage.translation.EditionTranslations;

import java.time.LocalDate;

/**
 * Setting up an edition: its rules (submission window in its time zone, length and size limits, cut-off date,
 * retention of personal data), age categories, themes, special recognitions and partner prizes, jury panels,
 * rounds with their criteria, and the translations of the edition's texts for the public site.
 * {@code organiser/editions/new} starts a new edition, empty or from an earlier one.
 */
@Route(value = "organiser/editions/:editionId", layout = MainLayout.class)
@RolesAllowed("ORGANISER")
@Prototype
public class EditionSetupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EditionEditor editor;
    private final EditionParts parts;
    private final RoundSetup rounds;
    private final JuryPanels panels;
    private final EditionTranslations translations;
    private final EditionCopy copy;
    EditionForm form;
    TabSheet tabs;
    Select<Edition> startFrom;
    Checkbox keepJurors;
    private Edition edition;

    EditionSetupView(EditionEditor editor, EditionParts parts, RoundSetup rounds, JuryPanels panels,
                     EditionTranslations translations, EditionCopy copy) {
        this.translations = translations;
        this.copy = copy;
        this.editor = editor;
        this.parts = parts;
        this.rounds = rounds;
        this.panels = panels;
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("editionId").orElse("new");
        removeAll();
        form = new EditionForm();
        startFrom = null;
        keepJurors = null;
        form.addSaveListener(saving -> save(saving.settings()));
        tabs = new TabSheet();
        tabs.setWidthFull();
        add(tabs);
        tabs.add(getTranslation("setup.tab.rules"), form);
        if (id.equals("new")) {
            edition = null;
            form.setSettings(EditionSettings.draft(LocalDate.now()));
            offerEarlierEditions();
            return;
        }
        try {
            edition = editor.edition(CurrentAccount.require(), Long.parseLong(id));
        } catch (NumberFormatException | Refused missing) {
            event.rerouteToError(new AccessDeniedException("No edition " + id), "");
            return;
        }
        EditionChoice.remember(edition.id());
        form.setSettings(EditionSettings.of(edition));
        long editionId = edition.id();
        tabs.add(getTranslation("setup.tab.categories"), new CategoriesEditor(parts, editionId));
        tabs.add(getTranslation("setup.tab.themes"), new ThemesEditor(parts, editionId));
        tabs.add(getTranslation("setup.tab.panels"), new PanelsEditor(panels, editionId));
        tabs.add(getTranslation("setup.tab.prizes"), new PrizesEditor(parts, panels, editionId));
        tabs.add(getTranslation("setup.tab.rounds"), new RoundsEditor(rounds, parts, panels, editionId,
                edition.timeZone()));
        tabs.add(getTranslation("setup.tab.translations"), new TranslationsEditor(translations, editionId));
        if (edition.demo()) {
            addComponentAsFirst(new Paragraph(getTranslation("setup.demoNote")));
        }
    }

    /** A new edition may start from an earlier one: choosing it fills in its rules, one year later. */
    private void offerEarlierEditions() {
        startFrom = new Select<>();
        startFrom.setLabel(getTranslation("setup.startFrom"));
        startFrom.setHelperText(getTranslation("setup.startFrom.help"));
        startFrom.setEmptySelectionAllowed(true);
        startFrom.setEmptySelectionCaption(getTranslation("setup.startFrom.empty"));
        startFrom.setItemLabelGenerator(e -> e == null ? getTranslation("setup.startFrom.empty") : e.name());
        startFrom.setItems(editor.editions(CurrentAccount.require()));
        startFrom.setWidthFull();
        keepJurors = new Checkbox(getTranslation("setup.startFrom.jurors"));
        keepJurors.setHelperText(getTranslation("setup.startFrom.jurorsHelp"));
        keepJurors.setVisible(false);
        startFrom.addValueChangeListener(change -> {
            form.setSettings(change.getValue() == null
                    ? EditionSettings.draft(LocalDate.now()) : EditionSettings.after(change.getValue(), LocalDate.now()));
            keepJurors.setVisible(change.getValue() != null);
        });
        addComponentAsFirst(keepJurors);
        addComponentAsFirst(startFrom);
    }

    private void save(EditionSettings settings) {
        boolean created = edition == null;
        Edition earlier = created && startFrom != null ? startFrom.getValue() : null;
        Actions.confirmable(this, confirmed -> {
            if (earlier != null) {
                edition = copy.createFrom(CurrentAccount.require(), earlier.id(), settings, keepJurors.getValue());
            } else if (edition == null) {
                edition = editor.create(CurrentAccount.require(), settings);
            } else {
                edition = editor.update(CurrentAccount.require(), edition.id(), settings, confirmed);
            }
        }, () -> {
            Notifications.success(earlier == null ? getTranslation("setup.saved")
                    : getTranslation("setup.copied", earlier.name()));
            if (created) {
                getUI().ifPresent(ui -> ui.navigate(EditionSetupView.class,
                        new RouteParameters("editionId", String.valueOf(edition.id()))));
            }
        }, refused -> form.markInvalid(refused.key(), Actions.refusal(this, refused)));
    }

    @Override
    public String getPageTitle() {
        return edition == null ? getTranslation("setup.newTitle") : getTranslation("setup.title", edition.name());
    }
}
