package org.youthimages.judging.edition.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.youthimages.judging.base.ui.CurrentAccount;
import org.youthimages.storage.edition.EditionParts;
import org.youthimages.storage.edition.Theme;

/** The themes entrants choose their film's main and secondary theme from. */
class ThemesEditor extends PartEditor<Theme> {

    private final EditionParts parts;
    private final long editionId;

    ThemesEditor(EditionParts parts, long editionId) {
        super(() -> parts.themes(CurrentAccount.require(), editionId));
        this.parts = parts;
        this.editionId = editionId;
        grid.addColumn(Theme::name).setHeader(getTranslation("setup.theme.name")).setAutoWidth(true);
        grid.addColumn(Theme::code).setHeader(getTranslation("setup.code"));
        grid.addColumn(Theme::description).setHeader(getTranslation("setup.description")).setFlexGrow(2);
        actions(this::open, t -> parts.deleteTheme(CurrentAccount.require(), t.id()));
        refresh();
    }

    @Override
    String intro() {
        return getTranslation("setup.theme.intro");
    }

    @Override
    String addLabel() {
        return getTranslation("setup.theme.add");
    }

    @Override
    void openNew() {
        open(null);
    }

    private void open(Theme theme) {
        TextField name = new TextField(getTranslation("setup.theme.name"));
        TextField code = new TextField(getTranslation("setup.code"));
        code.setHelperText(getTranslation("setup.codeHelp"));
        TextArea description = new TextArea(getTranslation("setup.description"));
        if (theme != null) {
            name.setValue(theme.name());
            code.setValue(theme.code());
            description.setValue(theme.description());
        }
        new PartDialog(getTranslation(theme == null ? "setup.theme.add" : "setup.theme.change"),
                confirmed -> parts.saveTheme(CurrentAccount.require(), editionId, new EditionParts.ThemeForm(
                        theme == null ? null : theme.id(), code.getValue().strip(), name.getValue(),
                        description.getValue())), this::refresh, name, code, description).open();
    }
}
