package org.youthimages.judging.screening.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.youthimages.judging.base.ui.Actions;
import org.youthimages.judging.base.ui.CurrentAccount;
import org.youthimages.judging.base.ui.Downloads;
import org.youthimages.judging.base.ui.EditionChoice;
import org.youthimages.judging.base.ui.MainLayout;
import org.youthimages.judging.base.ui.Notifications;
import org.youthimages.judging.film.media.MediaLinks;
import org.youthimages.judging.film.ui.FilmPlayer;
import org.youthimages.storage.edition.EditionEditor;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.OriginalFilms;
import org.youthimages.storage.entry.MediaAsset;
import org.youthimages.storage.screening.Check;
import org.youthimages.storage.screening.EligibilityDecisions;
import org.youthimages.storage.screening.ScreeningPreview;
import org.youthimages.storage.screening.ScreeningCsv;
import org.youthimages.storage.screening.ScreeningQueue;
import org.youthimages.storage.screening.ScreeningRow;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Eligibility screening: the entries received with their automatic checks (pass, fail or not yet known), and the
 * organiser's decision on each or on several at once: Eligible, Ineligible (with the reason, which the entrant is
 * emailed in their language) or Needs a fix. The obvious ones go in bulk. Opening a row shows what was found, the
 * entrant's own words on the film, and the film itself with its subtitles.
 */
@Route(value = "organiser/screening", layout = MainLayout.class)
@RolesAllowed("ORGANISER")
@Prototype
public class ScreeningView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final ScreeningQueue queue;
    private final EligibilityDecisions decisions;
    private final ScreeningPreview previews;
    private final OriginalFilms originals;
    final EditionChoice edition;
    final Select<ScreeningQueue.Filter> filter = new Select<>();
    final Grid<ScreeningRow> grid = new Grid<>();
    final Button eligible = new Button();
    final Button ineligible = new Button();
    final Button needsFix = new Button();
    final Button acceptPassing = new Button();
    final Downloads.Link export;
    private Map<ScreeningQueue.Filter, Long> counts = Map.of();
    private boolean relabelling;

    ScreeningView(ScreeningQueue queue, EligibilityDecisions decisions, ScreeningPreview previews,
                  EditionEditor editions, ScreeningCsv csv, OriginalFilms originals) {
        this.originals = originals;
        this.queue = queue;
        this.decisions = decisions;
        this.previews = previews;
        edition = new EditionChoice(editions.editions(CurrentAccount.require()));
        filter.setLabel(getTranslation("screening.show"));
        filter.setItems(ScreeningQueue.Filter.values());
        filter.setItemLabelGenerator(f -> getTranslation("screening.filter." + f.name(), counts.getOrDefault(f, 0L)));
        filter.setValue(ScreeningQueue.Filter.TO_DECIDE);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.setEmptyStateText(getTranslation("empty.screening"));
        grid.addColumn(ScreeningRow::reference).setHeader(getTranslation("scores.reference")).setAutoWidth(true);
        grid.addColumn(ScreeningRow::title).setHeader(getTranslation("scores.film")).setAutoWidth(true).setFlexGrow(2);
        grid.addColumn(r -> r.category() == null ? "" : r.category()).setHeader(getTranslation("film.category"));
        grid.addColumn(this::countryName).setHeader(getTranslation("film.country"));
        grid.addComponentColumn(this::checks).setHeader(getTranslation("screening.checks")).setAutoWidth(true);
        grid.addComponentColumn(this::decision).setHeader(getTranslation("screening.decision")).setAutoWidth(true);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        grid.setSizeFull();
        eligible.setText(getTranslation("screening.markEligible"));
        eligible.addThemeVariants(ButtonVariant.PRIMARY);
        eligible.addClickListener(click -> decide(Entry.Eligibility.ELIGIBLE, ""));
        ineligible.setText(getTranslation("screening.markIneligible"));
        ineligible.addClickListener(click -> askReason(Entry.Eligibility.INELIGIBLE));
        needsFix.setText(getTranslation("screening.markNeedsFix"));
        needsFix.addClickListener(click -> askReason(Entry.Eligibility.NEEDS_FIX));
        acceptPassing.setText(getTranslation("screening.acceptPassing"));
        acceptPassing.addClickListener(click -> confirmAcceptPassing());
        edition.addValueChangeListener(e -> refresh());
        filter.addValueChangeListener(e -> {
            if (!relabelling && e.getValue() != null) {
                refresh();
            }
        });
        HorizontalLayout choices = new HorizontalLayout(edition, filter);
        choices.addClassName("yi-filters");
        export = Downloads.csv(getTranslation("screening.export"), "screening.csv", out -> {
            if (edition.getValue() != null) {
                csv.write(CurrentAccount.require(), edition.getValue().id(), filter.getValue(), out);
            }
        });
        HorizontalLayout actions = new HorizontalLayout(eligible, ineligible, needsFix, acceptPassing, export);
        actions.setAlignItems(Alignment.CENTER);
        actions.addClassName("yi-filters");
        add(choices, actions, grid);
        setSizeFull();
        refresh();
    }

    /**
     * A link from an email opens on what it reports: {@code ?edition=12&show=WITHDRAWN}. Unknown or foreign values
     * leave the screen as it would open anyway.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        query.getSingleParameter("edition").flatMap(id -> edition.getListDataView().getItems()
                        .filter(e -> e.id().toString().equals(id)).findFirst())
                .filter(chosen -> !chosen.equals(edition.getValue())).ifPresent(edition::setValue);
        query.getSingleParameter("show").flatMap(name -> Arrays.stream(ScreeningQueue.Filter.values())
                        .filter(f -> f.name().equals(name)).findFirst())
                .filter(chosen -> chosen != filter.getValue()).ifPresent(filter::setValue);
    }

    HorizontalLayout checks(ScreeningRow row) {
        HorizontalLayout badges = new HorizontalLayout();
        badges.setSpacing(false);
        badges.addClassName("yi-checks");
        for (Check check : shownChecks(row)) {
            Badge badge = new Badge(getTranslation("check." + check.rule().name()), outcomeMark(check.outcome()));
            badge.addThemeVariants(switch (check.outcome()) {
                case PASS -> BadgeVariant.SUCCESS;
                case FAIL -> BadgeVariant.ERROR;
                case UNKNOWN -> BadgeVariant.CONTRAST;
            });
            badge.getElement().setAttribute("title", detail(check));
            badges.add(badge);
        }
        return badges;
    }

    /**
     * Pass or fail shown by a mark as well as by colour, for organisers who do not tell red from green, and named in
     * words for screen readers.
     */
    private Icon outcomeMark(Check.Outcome outcome) {
        Icon mark = (switch (outcome) {
            case PASS -> VaadinIcon.CHECK;
            case FAIL -> VaadinIcon.CLOSE;
            case UNKNOWN -> VaadinIcon.QUESTION;
        }).create();
        mark.addClassName("yi-check-mark");
        mark.getElement().setAttribute("role", "img");
        mark.getElement().setAttribute("aria-label", getTranslation("check.outcome." + outcome.name()));
        return mark;
    }

    private Badge decision(ScreeningRow row) {
        Badge badge = new Badge(getTranslation("eligibility." + row.eligibility().name()));
        badge.addThemeVariants(switch (row.eligibility()) {
            case ELIGIBLE -> BadgeVariant.SUCCESS;
            case INELIGIBLE -> BadgeVariant.ERROR;
            case NEEDS_FIX -> BadgeVariant.WARNING;
            case PENDING, WITHDRAWN -> BadgeVariant.CONTRAST;
        });
        if (row.reason() != null) {
            badge.getElement().setAttribute("title", row.reason());
        }
        return badge;
    }

    Div details(ScreeningRow row) {
        ScreeningPreview.Preview preview = previews.of(CurrentAccount.require(), row.entryId());
        boolean withdrawn = row.eligibility() == Entry.Eligibility.WITHDRAWN;
        Div checks = new Div();
        checks.addClassName("yi-check-details");
        for (Check check : shownChecks(row)) {
            Span line = new Span(getTranslation("check." + check.rule().name()) + " — " + detail(check));
            line.addClassName("yi-check-" + check.outcome().name().toLowerCase());
            checks.add(new Div(outcomeMark(check.outcome()), line));
        }
        if (!withdrawn && row.reason() != null) {
            checks.add(new Div(new Span(getTranslation("screening.reason") + ": " + row.reason())));
        }
        checks.add(entrantsWords(preview));
        OriginalLink.of(this, originals, row.entryId()).ifPresent(checks::add);
        Div details = new Div(withdrawn ? withdrawal(row) : player(preview, row.title()), checks);
        details.addClassName("yi-screening-details");
        return details;
    }

    /** A withdrawn entry's film is deleted: what its checks found no longer says anything, so none are shown. */
    private static List<Check> shownChecks(ScreeningRow row) {
        return row.eligibility() == Entry.Eligibility.WITHDRAWN ? List.of() : row.checks();
    }

    /** In place of the film, which the entrant deleted: that they withdrew it, and why if they said. */
    private Paragraph withdrawal(ScreeningRow row) {
        Paragraph withdrawn = new Paragraph(row.reason() == null || row.reason().isBlank()
                ? getTranslation("screening.withdrawn.noReason")
                : getTranslation("screening.withdrawn.reason", row.reason()));
        withdrawn.addClassName("yi-screening-player");
        return withdrawn;
    }

    /** The film as the jury will see it, small and light: enough to check content, sound and subtitles. */
    private Component player(ScreeningPreview.Preview preview, String title) {
        if (preview.rendition() == null) {
            Paragraph notYet = new Paragraph(getTranslation("screening.notPlayable"));
            notYet.addClassName("yi-screening-player");
            return notYet;
        }
        Element video = new Element("video");
        video.setAttribute("controls", true);
        video.setAttribute("preload", "none");
        video.setAttribute("playsinline", true);
        video.setAttribute("aria-label", getTranslation("player.label", title));
        if (preview.poster() != null) {
            video.setAttribute("poster", MediaLinks.forScreening(preview.entryId(), preview.poster().id()));
        }
        Element source = new Element("source");
        source.setAttribute("src", MediaLinks.forScreening(preview.entryId(), preview.rendition().id()));
        source.setAttribute("type", preview.rendition().contentType());
        video.appendChild(source);
        for (MediaAsset subtitle : preview.subtitles()) {
            video.appendChild(FilmPlayer.subtitleTrack(MediaLinks.forScreening(preview.entryId(), subtitle.id()),
                    subtitle.label(), getLocale()));
        }
        Div player = new Div();
        player.addClassName("yi-screening-player");
        player.getElement().appendChild(video);
        return player;
    }

    /** What the entrant said about the film that bears on eligibility: its synopsis, borrowed material, screenings. */
    private Div entrantsWords(ScreeningPreview.Preview preview) {
        DescriptionList words = new DescriptionList();
        words.addClassName("yi-entrants-words");
        words.add(new DescriptionList.Term(getTranslation("screening.synopsis")),
                new DescriptionList.Description(preview.synopsis()));
        String footage = preview.footage() == null ? getTranslation("screening.footage.unanswered")
                : preview.footage() == Entry.Footage.NONE ? getTranslation("screening.footage.NONE")
                : getTranslation("film.footage." + preview.footage().name())
                + (preview.footageDetails().isBlank() ? "" : ": " + preview.footageDetails());
        words.add(new DescriptionList.Term(getTranslation("film.footage")), new DescriptionList.Description(footage));
        words.add(new DescriptionList.Term(getTranslation("screening.history")),
                new DescriptionList.Description(preview.screeningHistory().isBlank()
                        ? getTranslation("screening.history.none") : preview.screeningHistory()));
        return new Div(words);
    }

    String detail(Check check) {
        Object[] arguments = check.rule() == Check.Rule.SUBTITLES
                ? check.arguments().stream().map(a -> languageNames(String.valueOf(a))).toArray()
                : check.arguments().toArray();
        return getTranslation("check." + check.rule().name() + "." + check.detail(), arguments);
    }

    /** "fr, sw" as "French, Swahili", in the organiser's language. */
    private String languageNames(String codes) {
        return Arrays.stream(codes.split(",\\s*"))
                .map(code -> Locale.forLanguageTag(code).getDisplayLanguage(getLocale()))
                .collect(Collectors.joining(", "));
    }

    private String countryName(ScreeningRow row) {
        return row.countryCode() == null ? ""
                : new Locale.Builder().setRegion(row.countryCode()).build().getDisplayCountry(getLocale());
    }

    private void askReason(Entry.Eligibility decision) {
        Set<ScreeningRow> selected = grid.getSelectedItems();
        if (selected.isEmpty()) {
            Notifications.info(getTranslation("screening.selectFirst"));
            return;
        }
        Dialog dialog = new Dialog(getTranslation("screening.reasonTitle." + decision.name(), selected.size()));
        TextArea reason = new TextArea(getTranslation("screening.reason"));
        reason.setHelperText(getTranslation("screening.reasonHelp"));
        reason.setWidthFull();
        reason.setRequired(true);
        Button confirm = new Button(getTranslation("screening.decide." + decision.name()), click -> {
            if (decide(decision, reason.getValue())) {
                dialog.close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("setup.cancel"), click -> dialog.close()), confirm);
        dialog.setWidth("min(36rem, 95vw)");
        dialog.open();
    }

    private boolean decide(Entry.Eligibility decision, String reason) {
        List<Long> ids = grid.getSelectedItems().stream().map(ScreeningRow::entryId).toList();
        if (ids.isEmpty()) {
            Notifications.info(getTranslation("screening.selectFirst"));
            return false;
        }
        int[] changed = new int[1];
        boolean done = Actions.run(this, () -> changed[0] = decisions.decide(CurrentAccount.require(), ids, decision,
                reason));
        if (done) {
            Notifications.success(getTranslation("screening.decided", changed[0]));
            refresh();
        }
        return done;
    }

    private void confirmAcceptPassing() {
        long passing = queue.entries(CurrentAccount.require(), edition.getValue().id(), ScreeningQueue.Filter.TO_DECIDE)
                .stream().filter(ScreeningRow::allPass).count();
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("screening.acceptPassing"),
                getTranslation("screening.acceptPassingText", passing), getTranslation("screening.acceptPassingConfirm"),
                confirm -> {
                    int[] accepted = new int[1];
                    if (Actions.run(this, () -> accepted[0] = decisions.acceptPassing(CurrentAccount.require(),
                            edition.getValue().id()))) {
                        Notifications.success(getTranslation("screening.decided", accepted[0]));
                        refresh();
                    }
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("setup.cancel"));
        dialog.open();
    }

    private void refresh() {
        if (edition.getValue() == null) {
            grid.setItems(List.of());
            return;
        }
        counts = queue.counts(CurrentAccount.require(), edition.getValue().id());
        ScreeningQueue.Filter chosen = filter.getValue();
        relabelling = true;
        filter.getListDataView().refreshAll();
        filter.setValue(chosen);
        relabelling = false;
        grid.deselectAll();
        grid.setItems(queue.entries(CurrentAccount.require(), edition.getValue().id(), chosen));
        // nothing can be decided on an entry its entrant withdrew: the decisions are not offered there
        boolean decidable = chosen != ScreeningQueue.Filter.WITHDRAWN;
        for (Button decision : List.of(eligible, ineligible, needsFix, acceptPassing)) {
            decision.setVisible(decidable);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("screening.title");
    }
}
