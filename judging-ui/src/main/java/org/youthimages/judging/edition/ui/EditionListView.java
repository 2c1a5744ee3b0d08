package org.youthimages.judging.edition.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.youthimages.judging.base.ui.CurrentAccount;
import org.youthimages.judging.base.ui.EditionChoice;
import org.youthimages.judging.base.ui.Formats;
import org.youthimages.judging.base.ui.MainLayout;
import org.youthimages.judging.base.ui.Notifications;
import org.youthimages.storage.demo.DemoSetup;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.edition.EditionEditor;
import org.youthimages.storage.edition.EditionIntake;

import java.util.Map;

/**
 * The editions, newest first (organisers only): open one to set it up, start a new one, or create the demo edition
 * with its sample films in one click.
 */
@Route(value = "editions", layout = MainLayout.class)
@RolesAllowed("ORGANISER")
@Prototype
public class EditionListView extends VerticalLayout implements HasDynamicTitle {

    final Grid<Edition> grid = new Grid<>(Edition.class, false);
    final Button create = new Button();
    final Button demo = new Button();

    EditionListView(EditionEditor editor, EditionIntake intake, DemoSetup demoSetup) {
        Map<Long, EditionIntake.Counts> entries = intake.byEdition(CurrentAccount.require());
        create.setText(getTranslation("editions.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(click -> open("new"));
        grid.setEmptyStateText(getTranslation("empty.editions"));
        grid.addColumn(Edition::name).setHeader(getTranslation("editions.name")).setAutoWidth(true);
        grid.addColumn(Edition::year).setHeader(getTranslation("editions.year"));
        grid.addColumn(e -> getTranslation("editions.state." + e.state().name())).setHeader(getTranslation("editions.state"));
        grid.addColumn(e -> Formats.dateTime(e.submissionsCloseAt(), e.timeZone()))
                .setHeader(getTranslation("editions.close")).setAutoWidth(true).setKey("closes");
        grid.addColumn(e -> entries(entries.getOrDefault(e.id(), EditionIntake.NONE)))
                .setHeader(getTranslation("editions.entries")).setAutoWidth(true).setKey("entries");
        grid.addComponentColumn(e -> {
            Button setUp = new Button(getTranslation("editions.setUp"), click -> open(String.valueOf(e.id())));
            setUp.addThemeVariants(ButtonVariant.SMALL);
            return setUp;
        }).setKey("open");
        grid.addItemClickListener(click -> open(String.valueOf(click.getItem().id())));
        grid.setItems(editor.editions(CurrentAccount.require()));
        demo.setText(getTranslation("editions.demo"));
        demo.setIcon(VaadinIcon.MAGIC.create());
        demo.setVisible(demoSetup.edition().isEmpty());
        demo.addClickListener(click -> {
            demoSetup.ensureDemo();
            demoSetup.prepareFilms();
            Notifications.success(getTranslation("editions.demoCreated"));
            demoSetup.edition().ifPresent(e -> open(String.valueOf(e.id())));
        });
        HorizontalLayout actions = new HorizontalLayout(create, demo);
        actions.setWrap(true);
        add(actions, grid);
        setSizeFull();
    }

    /** "12 films from 5 countries, 3 entries waiting for their film". */
    String entries(EditionIntake.Counts counts) {
        String films = getTranslation("editions.films", counts.films())
                + (counts.films() > 0 && counts.countries() > 0
                        ? " " + getTranslation("editions.countries", counts.countries()) : "");
        return counts.awaitingFilm() == 0 ? films
                : films + ", " + getTranslation("editions.awaiting", counts.awaitingFilm());
    }

    private void open(String editionId) {
        if (!editionId.equals("new")) {
            EditionChoice.remember(Long.parseLong(editionId));
        }
        getUI().ifPresent(ui -> ui.navigate(EditionSetupView.class, new RouteParameters("editionId", editionId)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("editions.title");
    }
}
