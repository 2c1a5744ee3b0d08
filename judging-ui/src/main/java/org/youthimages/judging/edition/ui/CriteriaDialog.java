package org.youthimages.judging.edition.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.youthimages.judging.base.ui.CurrentAccount;
import org.youthimages.storage.edition.Criterion;
import org.youthimages.storage.edition.CriterionForm;
import org.youthimages.storage.edition.Round;
import org.youthimages.storage.edition.RoundSetup;

import java.math.BigDecimal;

/** A round's criteria: guidance, weight, scale and its labelled anchors. */
class CriteriaDialog extends Dialog {

    final CriteriaEditor editor;

    CriteriaDialog(RoundSetup setup, Round round) {
        setHeaderTitle(getTranslation("setup.criteria.title", round.name()));
        editor = new CriteriaEditor(setup, round.id());
        add(editor);
        getFooter().add(new Button(getTranslation("setup.close"), click -> close()));
        setWidth("min(60rem, 95vw)");
    }

    static class CriteriaEditor extends PartEditor<Criterion> {

        private final RoundSetup setup;
        private final long roundId;

        CriteriaEditor(RoundSetup setup, long roundId) {
            super(() -> setup.criteria(CurrentAccount.require(), roundId));
            this.setup = setup;
            this.roundId = roundId;
            grid.addColumn(Criterion::name).setHeader(getTranslation("setup.criterion.name")).setAutoWidth(true);
            grid.addColumn(c -> c.weight().stripTrailingZeros().toPlainString()).setHeader(getTranslation("setup.criterion.weight"));
            grid.addColumn(c -> c.scaleMin() + "–" + c.scaleMax()).setHeader(getTranslation("setup.criterion.scale"));
            grid.addColumn(Criterion::guidance).setHeader(getTranslation("setup.criterion.guidance")).setFlexGrow(2);
            actions(this::open, c -> setup.deleteCriterion(CurrentAccount.require(), c.id()));
            refresh();
        }

        @Override
        String intro() {
            return getTranslation("setup.criterion.intro");
        }

        @Override
        String addLabel() {
            return getTranslation("setup.criterion.add");
        }

        @Override
        void openNew() {
            open(null);
        }

        private void open(Criterion criterion) {
            TextField name = new TextField(getTranslation("setup.criterion.name"));
            TextField code = new TextField(getTranslation("setup.code"));
            code.setHelperText(getTranslation("setup.codeHelp"));
            TextArea guidance = new TextArea(getTranslation("setup.criterion.guidance"));
            BigDecimalField weight = new BigDecimalField(getTranslation("setup.criterion.weight"));
            weight.setValue(BigDecimal.ONE);
            IntegerField min = new IntegerField(getTranslation("setup.criterion.min"));
            min.setValue(1);
            IntegerField max = new IntegerField(getTranslation("setup.criterion.max"));
            max.setValue(10);
            TextField anchors = new TextField(getTranslation("setup.criterion.anchors"));
            anchors.setHelperText(getTranslation("setup.criterion.anchorsHelp"));
            if (criterion != null) {
                name.setValue(criterion.name());
                code.setValue(criterion.code());
                guidance.setValue(criterion.guidance());
                weight.setValue(criterion.weight());
                min.setValue(criterion.scaleMin());
                max.setValue(criterion.scaleMax());
                anchors.setValue(CriterionForm.formatAnchors(criterion.anchors()));
            }
            PartDialog dialog = new PartDialog(getTranslation(criterion == null ? "setup.criterion.add"
                    : "setup.criterion.change"), confirmed -> setup.saveCriterion(CurrentAccount.require(), roundId,
                    new CriterionForm(criterion == null ? null : criterion.id(), code.getValue().strip(),
                            name.getValue(), guidance.getValue(), weight.getValue(), CategoriesEditor.value(min),
                            CategoriesEditor.value(max), CriterionForm.parseAnchors(anchors.getValue())), confirmed),
                    this::refresh, name, code, weight, min, max, anchors, guidance);
            dialog.form.setColspan(guidance, 2);
            dialog.form.setColspan(anchors, 2);
            dialog.open();
        }
    }
}
