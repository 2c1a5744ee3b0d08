package org.youthimages.judging.edition.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.edition.EditionRepository;

/** The editions in the database, newest first. */
@Route("")
@PageTitle("Editions · Youth Images")
@Prototype
public class EditionListView extends VerticalLayout {

    EditionListView(EditionRepository editions) {
        Grid<Edition> grid = new Grid<>(Edition.class, false);
        grid.addColumn(Edition::name).setHeader("Edition").setAutoWidth(true);
        grid.addColumn(Edition::year).setHeader("Year");
        grid.addColumn(e -> e.state().name()).setHeader("State");
        grid.addColumn(e -> e.submissionsCloseAt().atZone(e.zone()).toLocalDate() + " (" + e.timeZone() + ")")
                .setHeader("Submissions close");
        grid.setItems(editions.findAllOrderByYearDescAndNameAsc());
        add(new H1("Editions"), grid);
        setSizeFull();
    }
}
