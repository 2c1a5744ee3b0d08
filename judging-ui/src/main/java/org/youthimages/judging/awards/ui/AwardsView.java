package org.youthimages.judging.awards.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.youthimages.judging.base.ui.Actions;
import org.youthimages.judging.base.ui.Downloads;
import org.youthimages.judging.base.ui.CurrentAccount;
import org.youthimages.judging.base.ui.EditionChoice;
import org.youthimages.judging.base.ui.Formats;
import org.youthimages.judging.base.ui.MainLayout;
import org.youthimages.judging.base.ui.Notifications;
import org.youthimages.judging.screening.ui.OriginalLink;
import org.youthimages.storage.edition.EditionEditor;
import org.youthimages.storage.edition.EditionParts;
import org.youthimages.storage.edition.Prize;
import org.youthimages.storage.edition.Round;
import org.youthimages.storage.entry.OriginalFilms;
import org.youthimages.storage.judging.RoundControl;
import org.youthimages.storage.publication.Publication;
import org.youthimages.storage.publication.PublicSiteLinks;
import org.youthimages.storage.publication.Publishing;
import org.youthimages.storage.results.Award;
import org.youthimages.storage.results.AwardDecisions;
import org.youthimages.storage.results.WinnersPackage;
import org.youthimages.storage.screening.ScreeningQueue;
import org.youthimages.storage.screening.ScreeningRow;

import java.util.List;
import java.util.function.Function;
import java.util.Optional;

/**
 * The edition's awards as the jury decides them, each with its recorded reason (one distinction per age category,
 * special recognitions and partner prizes; a film may win more than one), and publishing the winners to the public
 * gallery, or taking it down; and the winners' films, subtitles and programme sheet in one download for a screening.
 */
@Route(value = "organiser/awards", layout = MainLayout.class)
@RolesAllowed("ORGANISER")
@Prototype
public class AwardsView extends VerticalLayout implements HasDynamicTitle {

    private final AwardDecisions awards;
    private final Publishing publishing;
    private final RoundControl rounds;
    private final ScreeningQueue screening;
    private final EditionParts parts;
    private final PublicSiteLinks links;
    private final OriginalFilms originals;
    private final WinnersPackage winners;
    final EditionChoice edition;
    final Grid<AwardDecisions.Line> grid = new Grid<>();
    final Select<Award.Kind> kind = new Select<>();
    final Select<Prize> prize = new Select<>();
    final ComboBox<ScreeningRow> film = new ComboBox<>();
    final TextArea reason = new TextArea();
    final Button decide = new Button();
    final Button publish = new Button();
    final Button unpublish = new Button();
    final Paragraph publicationState = new Paragraph();
    final Anchor galleryLink = new Anchor();
    final UnorderedList problems = new UnorderedList();
    final HorizontalLayout screeningPackage = new HorizontalLayout();

    AwardsView(AwardDecisions awards, Publishing publishing, ScreeningQueue screening, RoundControl rounds,
               EditionParts parts, EditionEditor editions, PublicSiteLinks links, OriginalFilms originals,
               WinnersPackage winners) {
        this.originals = originals;
        this.winners = winners;
        this.links = links;
        this.rounds = rounds;
        this.awards = awards;
        this.publishing = publishing;
        this.screening = screening;
        this.parts = parts;
        edition = new EditionChoice(editions.editions(CurrentAccount.require()));
        edition.addValueChangeListener(e -> refresh());
        grid.setEmptyStateText(getTranslation("empty.awards"));
        grid.addColumn(l -> getTranslation("award.kind." + l.kind().name())).setHeader(getTranslation("award.kind"))
                .setAutoWidth(true);
        grid.addColumn(AwardDecisions.Line::title).setHeader(getTranslation("award.award")).setAutoWidth(true);
        grid.addColumn(l -> l.reference() + " · " + l.film()).setHeader(getTranslation("scores.film")).setFlexGrow(2);
        grid.addColumn(AwardDecisions.Line::reason).setHeader(getTranslation("award.reason")).setFlexGrow(3);
        grid.addColumn(l -> (l.decidedBy() == null ? "" : l.decidedBy() + ", ")
                + Formats.dateTime(l.decidedAt(), edition.getValue().timeZone()))
                .setHeader(getTranslation("award.decided")).setFlexGrow(1);
        grid.addComponentColumn(l -> OriginalLink.inColumn(this, originals, l.entryId())
                .<Component>map(link -> link).orElseGet(Span::new))
                .setHeader(getTranslation("original.heading")).setKey("original").setAutoWidth(true);
        grid.addComponentColumn(l -> {
            Button withdraw = new Button(getTranslation("award.withdraw"), click -> {
                if (Actions.run(this, () -> awards.withdraw(CurrentAccount.require(), l.awardId()))) {
                    refresh();
                }
            });
            withdraw.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            return withdraw;
        }).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        // Long reasons and titles wrap, so the whole row fits beside the menu without scrolling sideways.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        screeningPackage.setWrap(true);
        add(edition, grid, screeningPackage, decisionForm(), publishing());
        refresh();
    }

    private Details decisionForm() {
        kind.setLabel(getTranslation("award.kind"));
        kind.setItems(Award.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("award.kind." + k.name()));
        kind.setValue(Award.Kind.CATEGORY_DISTINCTION);
        kind.addValueChangeListener(e -> prizes());
        prize.setLabel(getTranslation("award.prize"));
        prize.setItemLabelGenerator(Prize::name);
        film.setLabel(getTranslation("scores.film"));
        film.setRequiredIndicatorVisible(true);
        film.setItemLabelGenerator(r -> r.reference() + " · " + r.title() + (r.category() == null ? "" : " · "
                + r.category()));
        reason.setLabel(getTranslation("award.reason"));
        reason.setHelperText(getTranslation("award.reasonHelp"));
        reason.setRequired(true);
        decide.setText(getTranslation("award.decide"));
        decide.addThemeVariants(ButtonVariant.PRIMARY);
        decide.addClickListener(click -> decide());
        FormLayout form = new FormLayout(kind, prize, film, reason, decide);
        form.setColspan(film, 2);
        form.setColspan(reason, 2);
        Details details = new Details(getTranslation("award.decideTitle"), form);
        details.setOpened(true);
        return details;
    }

    private VerticalLayout publishing() {
        publish.setText(getTranslation("publish.publish"));
        publish.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SUCCESS);
        publish.addClickListener(click -> confirmPublish());
        unpublish.setText(getTranslation("publish.unpublish"));
        unpublish.addThemeVariants(ButtonVariant.ERROR);
        unpublish.addClickListener(click -> {
            if (Actions.run(this, () -> publishing.unpublish(CurrentAccount.require(), edition.getValue().id()))) {
                Notifications.success(getTranslation("publish.unpublished"));
                refresh();
            }
        });
        galleryLink.setText(getTranslation("publish.open"));
        galleryLink.setTarget("_blank");
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("publish.title")), publicationState,
                galleryLink, problems, new HorizontalLayout(publish, unpublish));
        section.setPadding(false);
        return section;
    }

    private void prizes() {
        if (edition.getValue() == null) {
            return;
        }
        boolean forPrize = kind.getValue() != Award.Kind.CATEGORY_DISTINCTION;
        prize.setVisible(forPrize);
        prize.setItems(parts.prizes(CurrentAccount.require(), edition.getValue().id()).stream()
                .filter(p -> forPrize && p.kind().name().equals(kind.getValue().name())).toList());
    }

    private void decide() {
        if (film.getValue() == null) {
            film.setInvalid(true);
            film.setErrorMessage(getTranslation("setup.required"));
            return;
        }
        if (Actions.run(this, () -> awards.decide(CurrentAccount.require(), film.getValue().entryId(), kind.getValue(),
                prize.getValue() == null ? null : prize.getValue().id(), reason.getValue()))) {
            Notifications.success(getTranslation("award.decided.done", film.getValue().title()));
            reason.clear();
            film.clear();
            // Emptied for the next award, not left out: not shown as a mistake.
            reason.setInvalid(false);
            film.setInvalid(false);
            refresh();
        }
    }

    private void confirmPublish() {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("publish.publish"), "",
                getTranslation("publish.publish"), confirm -> {
                    if (Actions.run(this, () -> publishing.publish(CurrentAccount.require(), edition.getValue().id()))) {
                        Notifications.success(getTranslation("publish.published"));
                        refresh();
                    }
                });
        dialog.setText(publishWarnings());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("setup.cancel"));
        dialog.open();
    }

    /** What publishing does, and what the organisers may have overlooked: rounds still open, entries not screened. */
    private Div publishWarnings() {
        var acting = CurrentAccount.require();
        long editionId = edition.getValue().id();
        Div text = new Div(new Paragraph(getTranslation("publish.confirmText")));
        List<String> open = rounds.rounds(acting, editionId).stream()
                .filter(r -> r.state() == Round.State.OPEN).map(Round::name).toList();
        if (!open.isEmpty()) {
            text.add(caution(getTranslation("publish.caution.openRounds", String.join(", ", open))));
        }
        long toScreen = screening.counts(acting, editionId).get(ScreeningQueue.Filter.TO_DECIDE);
        if (toScreen > 0) {
            text.add(caution(getTranslation("publish.caution.toScreen", toScreen)));
        }
        return text;
    }

    private Paragraph caution(String text) {
        Paragraph caution = new Paragraph(text);
        caution.addClassName("yi-caution");
        return caution;
    }

    private void refresh() {
        if (edition.getValue() == null) {
            return;
        }
        long editionId = edition.getValue().id();
        var acting = CurrentAccount.require();
        List<AwardDecisions.Line> decided = awards.ofEdition(acting, editionId);
        grid.setItems(decided);
        screeningPackage.removeAll();
        if (!decided.isEmpty()) {
            Function<AwardDecisions.Line, String> awardName = l -> getTranslation("award.kind." + l.kind().name())
                    + ": " + l.title();
            WinnersPackage.Size size = winners.size(acting, decided);
            screeningPackage.add(Downloads.link(getTranslation("award.package", size.films(),
                            Formats.fileSize(size.bytes(), getLocale())),
                    edition.getValue().slug() + "-winners.zip", "application/zip",
                    out -> winners.write(CurrentAccount.require(), editionId, awardName, out)),
                    Downloads.csv(getTranslation("award.programme"), edition.getValue().slug() + "-programme.csv",
                            out -> winners.writeProgramme(CurrentAccount.require(), editionId, awardName, out)));
        }
        List<ScreeningRow> eligible = screening.entries(acting, editionId, ScreeningQueue.Filter.ELIGIBLE);
        film.setItems(eligible);
        prizes();
        Optional<Publication> live = publishing.live(acting, editionId);
        publicationState.setText(live.map(p -> getTranslation("publish.since", Formats.dateTime(p.publishedAt(),
                edition.getValue().timeZone()))).orElse(getTranslation("publish.notYet")
                + (decided.isEmpty() ? " " + getTranslation("refused.publish.noAwards") : "")));
        // publishing nothing would be refused after the confirmation: say so before, and keep the button still
        publish.setEnabled(!decided.isEmpty());
        problems.removeAll();
        if (live.isEmpty()) {
            publishing.problems(acting, editionId).forEach(p -> problems.add(new ListItem(
                    getTranslation("publish.problem." + p.problem(), p.reference(), p.title()))));
        }
        galleryLink.setHref(links.gallery(edition.getValue().slug()));
        galleryLink.setVisible(live.isPresent());
        publish.setVisible(live.isEmpty());
        unpublish.setVisible(live.isPresent());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("award.title");
    }
}
