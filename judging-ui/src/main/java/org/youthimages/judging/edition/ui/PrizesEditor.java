package org.youthimages.judging.edition.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.youthimages.judging.base.ui.CurrentAccount;
import org.youthimages.storage.edition.EditionParts;
import org.youthimages.storage.edition.Prize;
import org.youthimages.storage.judging.JuryPanels;

import java.util.List;
import java.util.Map;

/** Special recognitions and partner prizes, each judged by its own panel (on its own criteria, in its own round). */
class PrizesEditor extends PartEditor<Prize> {

    private final EditionParts parts;
    private final JuryPanels panels;
    private final long editionId;
    private Map<Long, String> panelNames = Map.of();

    PrizesEditor(EditionParts parts, JuryPanels panels, long editionId) {
        super(() -> parts.prizes(CurrentAccount.require(), editionId));
        this.parts = parts;
        this.panels = panels;
        this.editionId = editionId;
        grid.addColumn(Prize::name).setHeader(getTranslation("setup.prize.name")).setAutoWidth(true);
        grid.addColumn(p -> getTranslation("setup.prize.kind." + p.kind().name())).setHeader(getTranslation("setup.prize.kind"));
        grid.addColumn(p -> p.partnerName() == null ? "" : p.partnerName()).setHeader(getTranslation("setup.prize.partner"));
        grid.addColumn(p -> panelNames.getOrDefault(p.panelId(), "")).setHeader(getTranslation("setup.panel"));
        actions(this::open, p -> parts.deletePrize(CurrentAccount.require(), p.id()));
        refresh();
    }

    @Override
    String intro() {
        return getTranslation("setup.prize.intro");
    }

    @Override
    String addLabel() {
        return getTranslation("setup.prize.add");
    }

    @Override
    void openNew() {
        open(null);
    }

    /** Reads the panels' names once for the whole list, not once per row. */
    @Override
    void refresh() {
        panelNames = panels.names(CurrentAccount.require(), editionId);
        super.refresh();
    }

    private void open(Prize prize) {
        Select<Prize.Kind> kind = new Select<>();
        kind.setLabel(getTranslation("setup.prize.kind"));
        kind.setItems(Prize.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("setup.prize.kind." + k.name()));
        kind.setValue(Prize.Kind.SPECIAL_RECOGNITION);
        TextField name = new TextField(getTranslation("setup.prize.name"));
        TextField code = new TextField(getTranslation("setup.code"));
        code.setHelperText(getTranslation("setup.codeHelp"));
        TextField partner = new TextField(getTranslation("setup.prize.partner"));
        Select<JuryPanels.Panel> panel = new Select<>();
        panel.setLabel(getTranslation("setup.panel"));
        List<JuryPanels.Panel> all = panels.panels(CurrentAccount.require(), editionId);
        panel.setItems(all);
        panel.setItemLabelGenerator(p -> p == null ? "" : p.name());
        panel.setEmptySelectionAllowed(true);
        panel.setEmptySelectionCaption(getTranslation("setup.noPanel"));
        TextArea description = new TextArea(getTranslation("setup.description"));
        if (prize != null) {
            kind.setValue(prize.kind());
            name.setValue(prize.name());
            code.setValue(prize.code());
            partner.setValue(prize.partnerName() == null ? "" : prize.partnerName());
            all.stream().filter(p -> p.id() == (prize.panelId() == null ? -1 : prize.panelId())).findFirst()
                    .ifPresent(panel::setValue);
            description.setValue(prize.description());
        }
        new PartDialog(getTranslation(prize == null ? "setup.prize.add" : "setup.prize.change"),
                confirmed -> parts.savePrize(CurrentAccount.require(), editionId, new EditionParts.PrizeForm(
                        prize == null ? null : prize.id(), kind.getValue(), code.getValue().strip(), name.getValue(),
                        description.getValue(), partner.getValue(),
                        panel.getValue() == null ? null : panel.getValue().id())),
                this::refresh, kind, name, code, partner, panel, description).open();
    }
}
