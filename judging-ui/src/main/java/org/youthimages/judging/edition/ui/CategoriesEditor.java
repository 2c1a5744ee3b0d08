package org.youthimages.judging.edition.ui;

import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.youthimages.judging.base.ui.CurrentAccount;
import org.youthimages.storage.edition.AgeCategory;
import org.youthimages.storage.edition.EditionParts;

/** The edition's age categories: bounds included, ages counted at the cut-off date. */
class CategoriesEditor extends PartEditor<AgeCategory> {

    private final EditionParts parts;
    private final long editionId;

    CategoriesEditor(EditionParts parts, long editionId) {
        super(() -> parts.categories(CurrentAccount.require(), editionId));
        this.parts = parts;
        this.editionId = editionId;
        grid.addColumn(AgeCategory::name).setHeader(getTranslation("setup.category.name")).setAutoWidth(true);
        grid.addColumn(AgeCategory::code).setHeader(getTranslation("setup.code"));
        grid.addColumn(c -> getTranslation("setup.category.ages", c.minAge(), c.maxAge()))
                .setHeader(getTranslation("setup.category.ages.header"));
        actions(this::open, c -> parts.deleteCategory(CurrentAccount.require(), c.id()));
        refresh();
    }

    @Override
    String intro() {
        return getTranslation("setup.category.intro");
    }

    @Override
    String addLabel() {
        return getTranslation("setup.category.add");
    }

    @Override
    void openNew() {
        open(null);
    }

    private void open(AgeCategory category) {
        TextField name = new TextField(getTranslation("setup.category.name"));
        TextField code = new TextField(getTranslation("setup.code"));
        code.setHelperText(getTranslation("setup.codeHelp"));
        IntegerField min = new IntegerField(getTranslation("setup.category.min"));
        IntegerField max = new IntegerField(getTranslation("setup.category.max"));
        if (category != null) {
            name.setValue(category.name());
            code.setValue(category.code());
            min.setValue(category.minAge());
            max.setValue(category.maxAge());
        }
        new PartDialog(getTranslation(category == null ? "setup.category.add" : "setup.category.change"),
                confirmed -> parts.saveCategory(CurrentAccount.require(), editionId, new EditionParts.CategoryForm(
                        category == null ? null : category.id(), code.getValue().strip(), name.getValue(),
                        value(min), value(max)), confirmed), this::refresh, name, code, min, max).open();
    }

    /** The number entered; an empty field is refused, naming it. */
    static int value(IntegerField field) {
        if (field.getValue() == null) {
            throw new org.youthimages.storage.decision.Refused("required", "Fill in " + field.getLabel(),
                    field.getLabel());
        }
        return field.getValue();
    }
}
