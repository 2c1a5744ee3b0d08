package org.youthimages.judging.edition.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.youthimages.judging.base.ui.Actions;
import org.youthimages.judging.base.ui.CurrentAccount;
import org.youthimages.judging.base.ui.DateFields;
import org.youthimages.storage.edition.EditionParts;
import org.youthimages.storage.edition.Prize;
import org.youthimages.storage.edition.Round;
import org.youthimages.storage.edition.RoundSettings;
import org.youthimages.storage.edition.RoundSetup;
import org.youthimages.storage.judging.JuryPanels;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.youthimages.judging.base.ui.RowButtons.small;

/**
 * The edition's rounds in order (screening → pre-selection → jury, and prize panels), each with its panel, the
 * films it judges, jurors per film, blindness, what jurors may see, the watch-time threshold, tie-break, dates and
 * its criteria.
 */
class RoundsEditor extends PartEditor<Round> {

    private final RoundSetup setup;
    private final EditionParts parts;
    private final JuryPanels panels;
    private final long editionId;
    private Map<Long, String> panelNames = Map.of();
    private final String zone;

    RoundsEditor(RoundSetup setup, EditionParts parts, JuryPanels panels, long editionId, String zone) {
        super(() -> setup.rounds(CurrentAccount.require(), editionId));
        this.setup = setup;
        this.parts = parts;
        this.panels = panels;
        this.editionId = editionId;
        this.zone = zone;
        grid.addColumn(Round::name).setHeader(getTranslation("rounds.name")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("rounds.kind." + r.kind().name())).setHeader(getTranslation("rounds.kind"));
        grid.addColumn(r -> getTranslation("setup.round.filmsFrom." + r.filmsFrom().name()))
                .setHeader(getTranslation("setup.round.filmsFrom"));
        grid.addColumn(r -> panelNames.getOrDefault(r.panelId(), getTranslation("setup.noPanel")))
                .setHeader(getTranslation("setup.panel"));
        grid.addColumn(Round::jurorsPerFilm).setHeader(getTranslation("setup.round.jurorsPerFilm"));
        grid.addColumn(r -> getTranslation("setup.round.voting." + r.voting().name()))
                .setHeader(getTranslation("setup.round.voting"));
        grid.addComponentColumn(r -> {
            Button criteria = small(getTranslation("setup.round.criteria", setup.criteria(CurrentAccount.require(),
                    r.id()).size()), () -> new CriteriaDialog(setup, r).open());
            Button up = small("↑", () -> move(r, -1));
            up.setAriaLabel(getTranslation("setup.round.up"));
            Button down = small("↓", () -> move(r, 1));
            down.setAriaLabel(getTranslation("setup.round.down"));
            return new HorizontalLayout(criteria, up, down);
        }).setKey("order").setAutoWidth(true);
        actions(this::open, r -> setup.delete(CurrentAccount.require(), r.id()));
        refresh();
    }

    @Override
    String intro() {
        return getTranslation("setup.round.intro");
    }

    @Override
    String addLabel() {
        return getTranslation("setup.round.add");
    }

    @Override
    void openNew() {
        open(null);
    }

    private void move(Round round, int direction) {
        if (Actions.run(this, () -> setup.move(CurrentAccount.require(), round.id(), direction))) {
            refresh();
        }
    }

    /** Reads the panels' names once for the whole list, not once per row. */
    @Override
    void refresh() {
        panelNames = panels.names(CurrentAccount.require(), editionId);
        super.refresh();
    }

    private void open(Round round) {
        RoundSettings s = round == null ? RoundSettings.usual(Round.Kind.JURY, "") : RoundSettings.of(round, zone);
        Select<Round.Kind> kind = select("setup.round.kind", Round.Kind.values(), k -> "rounds.kind." + k.name(), s.kind());
        TextField name = new TextField(getTranslation("rounds.name"), s.name(), "");
        List<JuryPanels.Panel> allPanels = panels.panels(CurrentAccount.require(), editionId);
        Select<JuryPanels.Panel> panel = new Select<>();
        panel.setLabel(getTranslation("setup.panel"));
        panel.setItems(allPanels);
        panel.setItemLabelGenerator(p -> p == null ? "" : p.name());
        panel.setEmptySelectionAllowed(true);
        panel.setEmptySelectionCaption(getTranslation("setup.noPanel"));
        allPanels.stream().filter(p -> Objects.equals(p.id(), s.panelId())).findFirst().ifPresent(panel::setValue);
        List<Prize> prizes = parts.prizes(CurrentAccount.require(), editionId);
        Select<Prize> prize = new Select<>();
        prize.setLabel(getTranslation("setup.round.prize"));
        prize.setItems(prizes);
        prize.setItemLabelGenerator(p -> p == null ? "" : p.name());
        prize.setEmptySelectionAllowed(true);
        prize.setEmptySelectionCaption(getTranslation("setup.round.noPrize"));
        prizes.stream().filter(p -> Objects.equals(p.id(), s.prizeId())).findFirst().ifPresent(prize::setValue);
        Select<Round.FilmsFrom> filmsFrom = select("setup.round.filmsFrom", Round.FilmsFrom.values(),
                f -> "setup.round.filmsFrom." + f.name(), s.filmsFrom());
        Select<Round.Voting> voting = select("setup.round.voting", Round.Voting.values(),
                v -> "setup.round.voting." + v.name(), s.voting());
        IntegerField jurors = new IntegerField(getTranslation("setup.round.jurorsPerFilm"));
        jurors.setValue(s.jurorsPerFilm());
        jurors.setMin(1);
        Checkbox blind = new Checkbox(getTranslation("setup.round.blind"), s.blind());
        Checkbox showCountry = new Checkbox(getTranslation("setup.round.showCountry"), s.showCountry());
        Checkbox sameCountry = new Checkbox(getTranslation("setup.round.sameCountry"), s.conflictOnSameCountry());
        Checkbox sameOrganisation = new Checkbox(getTranslation("setup.round.sameOrganisation"),
                s.conflictOnSameOrganisation());
        IntegerField threshold = new IntegerField(getTranslation("setup.round.threshold"));
        threshold.setValue(s.watchThresholdPercent());
        BigDecimalField disagreement = new BigDecimalField(getTranslation("setup.round.disagreement"));
        disagreement.setValue(s.disagreementThreshold());
        disagreement.setHelperText(getTranslation("setup.round.disagreementHelp"));
        Select<Round.TieBreak> tieBreak = select("setup.round.tieBreak", Round.TieBreak.values(),
                t -> "tieBreak." + t.name(), s.tieBreak());
        DateTimePicker opens = DateFields.unambiguous(
                new DateTimePicker(getTranslation("setup.round.opens"), s.opens()));
        DateTimePicker closes = DateFields.unambiguous(
                new DateTimePicker(getTranslation("setup.round.closes"), s.closes()));
        closes.setHelperText(zone);
        new PartDialog(getTranslation(round == null ? "setup.round.add" : "setup.round.change"),
                confirmed -> {
                    RoundSettings settings = new RoundSettings(kind.getValue(), name.getValue(),
                            panel.getValue() == null ? null : panel.getValue().id(),
                            prize.getValue() == null ? null : prize.getValue().id(), filmsFrom.getValue(),
                            voting.getValue(), jurors.getValue() == null ? 0 : jurors.getValue(), blind.getValue(),
                            showCountry.getValue(), sameCountry.getValue(), sameOrganisation.getValue(),
                            threshold.getValue() == null ? -1 : threshold.getValue(), disagreement.getValue(),
                            tieBreak.getValue(), opens.getValue(), closes.getValue());
                    if (round == null) {
                        setup.create(CurrentAccount.require(), editionId, settings);
                    } else {
                        setup.update(CurrentAccount.require(), round.id(), settings, confirmed);
                    }
                }, this::refresh, kind, name, panel, filmsFrom, prize, voting, jurors, threshold, blind,
                showCountry, sameCountry, sameOrganisation, disagreement, tieBreak, opens, closes).open();
    }

    private <E> Select<E> select(String labelKey, E[] values, java.util.function.Function<E, String> key, E value) {
        Select<E> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setItemLabelGenerator(v -> getTranslation(key.apply(v)));
        select.setValue(value);
        return select;
    }
}
