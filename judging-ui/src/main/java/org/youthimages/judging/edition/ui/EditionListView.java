package org.youthimages.judging.edition.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.youthimages.judging.base.ui.MainLayout;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.edition.EditionRepository;

/** The editions in the database, newest first (organisers only). */
@Route(value = "editions", layout = MainLayout.class)
@RolesAllowed("ORGANISER")
@Prototype
public class EditionListView extends VerticalLayout implements HasDynamicTitle {

    EditionListView(EditionRepository editions) {
        Grid<Edition> grid = new Grid<>(Edition.class, false);
        grid.addColumn(Edition::name).setHeader(getTranslation("editions.name")).setAutoWidth(true);
        grid.addColumn(Edition::year).setHeader(getTranslation("editions.year"));
        grid.addColumn(e -> getTranslation("editions.state." + e.state().name())).setHeader(getTranslation("editions.state"));
        grid.addColumn(e -> e.submissionsCloseAt().atZone(e.zone()).toLocalDate() + " (" + e.timeZone() + ")")
                .setHeader(getTranslation("editions.close"));
        grid.setItems(editions.findAllOrderByYearDescAndNameAsc());
        add(grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("editions.title");
    }
}
