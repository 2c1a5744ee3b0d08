package org.youthimages.judging.edition.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.TextField;
import org.youthimages.judging.base.ui.CurrentAccount;
import org.youthimages.storage.judging.JuryPanels;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The edition's jury panels and their members. A round's jurors are its panel; conflict detection compares each
 * juror's organisation and country (set on their account) with the entrant's.
 */
class PanelsEditor extends PartEditor<JuryPanels.Panel> {

    private final JuryPanels panels;
    private final long editionId;

    PanelsEditor(JuryPanels panels, long editionId) {
        super(() -> panels.panels(CurrentAccount.require(), editionId));
        this.panels = panels;
        this.editionId = editionId;
        grid.addColumn(JuryPanels.Panel::name).setHeader(getTranslation("setup.panel.name")).setAutoWidth(true);
        grid.addColumn(p -> p.members().stream().map(JuryPanels.Juror::name).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("setup.panel.members")).setFlexGrow(3);
        actions(this::open, p -> panels.delete(CurrentAccount.require(), p.id()));
        refresh();
    }

    @Override
    String intro() {
        return getTranslation("setup.panel.intro");
    }

    @Override
    String addLabel() {
        return getTranslation("setup.panel.add");
    }

    @Override
    void openNew() {
        open(null);
    }

    private void open(JuryPanels.Panel panel) {
        TextField name = new TextField(getTranslation("setup.panel.name"));
        MultiSelectComboBox<JuryPanels.Juror> members = new MultiSelectComboBox<>(getTranslation("setup.panel.members"));
        List<JuryPanels.Juror> jurors = panels.jurors(CurrentAccount.require());
        members.setItems(jurors);
        members.setItemLabelGenerator(j -> j.name() + " · " + j.email()
                + (j.organisation() == null ? "" : " · " + j.organisation())
                + (j.countryCode() == null ? "" : " · " + j.countryCode()));
        members.setHelperText(getTranslation("setup.panel.membersHelp"));
        if (panel != null) {
            name.setValue(panel.name());
            List<Long> ids = panel.members().stream().map(JuryPanels.Juror::accountId).toList();
            members.setValue(jurors.stream().filter(j -> ids.contains(j.accountId())).collect(Collectors.toSet()));
        }
        PartDialog dialog = new PartDialog(getTranslation(panel == null ? "setup.panel.add" : "setup.panel.change"),
                confirmed -> {
                    long id = panels.save(CurrentAccount.require(), editionId, panel == null ? null : panel.id(),
                            name.getValue()).id();
                    panels.setMembers(CurrentAccount.require(), id,
                            members.getValue().stream().map(JuryPanels.Juror::accountId).toList());
                }, this::refresh, name, members);
        dialog.form.setColspan(members, 2);
        dialog.open();
    }
}
