package org.youthimages.judging.edition.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.youthimages.judging.base.ui.Actions;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import static org.youthimages.judging.base.ui.RowButtons.small;

/**
 * A list of an edition's parts of one kind with Add, and Change / Remove on each row. The caller adds the grid's
 * columns and opens its own dialog to add or change.
 */
abstract class PartEditor<T> extends VerticalLayout {

    final Grid<T> grid = new Grid<>();
    final Button add = new Button();
    private final Supplier<List<T>> items;

    PartEditor(Supplier<List<T>> items) {
        this.items = items;
        add.setText(addLabel());
        add.setIcon(VaadinIcon.PLUS.create());
        add.addClickListener(click -> openNew());
        grid.setAllRowsVisible(true);
        Paragraph text = new Paragraph(intro());
        text.addClassName("yi-intro");
        add(text, add, grid);
        setPadding(false);
    }

    abstract String intro();

    abstract String addLabel();

    /** Opens the dialog for a new part. */
    abstract void openNew();

    /** The row's Change and Remove buttons (Remove runs through {@link Actions}: a refusal is shown). */
    void actions(Consumer<T> change, Consumer<T> remove) {
        grid.addComponentColumn(item -> {
            Button edit = small(getTranslation("setup.change"), () -> change.accept(item));
            Button delete = small(getTranslation("setup.remove"), () -> {
                if (Actions.run(this, () -> remove.accept(item))) {
                    refresh();
                }
            });
            delete.addThemeVariants(ButtonVariant.ERROR);
            return new HorizontalLayout(edit, delete);
        }).setKey("actions").setAutoWidth(true).setFlexGrow(0);
    }

    void refresh() {
        grid.setItems(items.get());
    }
}
