package org.youthimages.judging.queue.ui;

import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.youthimages.judging.base.ui.CurrentAccount;
import org.youthimages.judging.base.ui.Formats;
import org.youthimages.judging.base.ui.MainLayout;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.judging.CategoryCount;
import org.youthimages.storage.judging.JudgingQueue;
import org.youthimages.storage.judging.QueueFilter;
import org.youthimages.storage.judging.QueueItem;
import org.youthimages.storage.judging.RoundSummary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The juror's home: the rounds they judge with deadlines and progress, and one round's queue with filters.
 * The grid loads lazily, page by page, so a queue of hundreds of films opens at once; it scrolls to the film the
 * juror last opened.
 */
@Route(value = "judging/:roundId?", layout = MainLayout.class)
@RolesAllowed("JUROR")
@Prototype
public class JurorHomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUND = "roundId";

    /**
     * A scorecard's progress, rendered in the browser, with no server component per row. The badge comes with
     * has-content, which it would only set itself once its text is slotted: the column's automatic width is measured
     * before that, and cut the badge to the header's width on a phone ("Pas co" for "Pas commencée").
     */
    private static final String PROGRESS_BADGE =
            "<vaadin-badge theme=${item.variant} has-content>${item.label}</vaadin-badge>";

    private static final CategoryCount ALL = new CategoryCount(-1, "", 0);

    private final JudgingQueue queue;
    private final FlexLayout rounds = new FlexLayout();
    private final H2 queueTitle = new H2();
    final Select<CategoryCount> category = new Select<>();
    final Checkbox onlyUnscored = new Checkbox();
    final Grid<QueueItem> grid = new Grid<>();
    private final Div queueSection = new Div();
    private long roundId;
    private QueueFilter filter = QueueFilter.ALL;

    JurorHomeView(JudgingQueue queue) {
        this.queue = queue;
        addClassName("yi-juror-home");
        rounds.addClassName("yi-rounds");
        rounds.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        category.setLabel(getTranslation("queue.category"));
        category.addClassName("yi-category-filter");
        category.setItemLabelGenerator(c -> c == ALL ? getTranslation("queue.allCategories")
                : c.name() + " (" + c.films() + ")");
        onlyUnscored.setLabel(getTranslation("queue.onlyUnscored"));
        category.addValueChangeListener(e -> { if (e.isFromClient()) filterChanged(); });
        onlyUnscored.addValueChangeListener(e -> { if (e.isFromClient()) filterChanged(); });
        configureGrid();
        HorizontalLayout filters = new HorizontalLayout(category, onlyUnscored);
        filters.setAlignItems(Alignment.BASELINE);
        filters.addClassName("yi-filters");
        queueSection.add(queueTitle, filters, grid);
        queueSection.addClassName("yi-queue");
        add(rounds, queueSection);
        setSizeFull();
    }

    private void configureGrid() {
        grid.setEmptyStateText(getTranslation("empty.queue"));
        grid.addColumn(QueueItem::position).setHeader("#").setWidth("4em").setFlexGrow(0);
        grid.addColumn(QueueItem::title).setHeader(getTranslation("queue.title")).setWidth("10rem").setFlexGrow(3);
        // What the juror acts on first, so that a phone shows it without scrolling sideways: scored yet, watched.
        grid.addColumn(LitRenderer.<QueueItem>of(PROGRESS_BADGE)
                        .withProperty("label", item -> getTranslation("queue.progress." + item.progress().name()))
                        .withProperty("variant", JurorHomeView::badgeVariant))
                .setHeader(getTranslation("queue.status")).setAutoWidth(true).setKey("status");
        grid.addColumn(item -> Formats.percent(item.watchedPercent())).setHeader(getTranslation("queue.watched"))
                .setAutoWidth(true);
        grid.addColumn(QueueItem::category).setHeader(getTranslation("queue.category")).setAutoWidth(true);
        grid.addColumn(item -> Formats.duration(item.durationMs())).setHeader(getTranslation("queue.duration"))
                .setAutoWidth(true);
        // on a phone the title wraps rather than being cut: it is what the juror looks for
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(false);
        grid.setHeight("60vh");
        grid.addItemClickListener(click -> open(click.getItem().assignmentId()));
        grid.addClassName("yi-queue-grid");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ActingAccount juror = CurrentAccount.require();
        List<RoundSummary> summaries = queue.rounds(juror);
        Optional<Long> asked = event.getRouteParameters().getLong(ROUND);
        roundId = asked.filter(id -> summaries.stream().anyMatch(r -> r.roundId() == id))
                .orElse(summaries.isEmpty() ? 0 : summaries.getFirst().roundId());
        QueueFilter fromAddress = QueueParameters.filter(event.getLocation().getQueryParameters());
        filter = fromAddress.equals(QueueFilter.ALL) ? QueueParameters.remembered(roundId).orElse(QueueFilter.ALL)
                : fromAddress;
        showRounds(summaries);
        showQueue(juror, summaries);
    }

    private void showRounds(List<RoundSummary> summaries) {
        rounds.removeAll();
        if (summaries.isEmpty()) {
            rounds.add(new Paragraph(getTranslation("home.nothing")));
        }
        for (RoundSummary summary : summaries) {
            RoundCard card = new RoundCard(summary, summary.roundId() == roundId);
            card.addWatchListener(event -> open(event.film().assignmentId()));
            card.addRankListener(event -> getUI().ifPresent(ui -> ui.navigate(BallotView.class,
                    new RouteParameters("roundId", String.valueOf(event.roundId())))));
            card.addShowQueueListener(event -> getUI().ifPresent(ui -> ui.navigate(JurorHomeView.class,
                    new RouteParameters(ROUND, String.valueOf(event.roundId())))));
            rounds.add(card);
        }
    }

    private void showQueue(ActingAccount juror, List<RoundSummary> summaries) {
        queueSection.setVisible(roundId != 0);
        if (roundId == 0) {
            return;
        }
        summaries.stream().filter(r -> r.roundId() == roundId).findFirst()
                .ifPresent(r -> queueTitle.setText(getTranslation("queue.heading", r.roundName())));
        List<CategoryCount> categories = new ArrayList<>();
        categories.add(ALL);
        categories.addAll(queue.categories(juror, roundId));
        category.setItems(categories);
        category.setValue(categories.stream().filter(c -> filter.ageCategoryId() != null
                && c.ageCategoryId() == filter.ageCategoryId()).findFirst().orElse(ALL));
        onlyUnscored.setValue(filter.onlyUnscored());
        long round = roundId;
        QueueFilter shown = filter;
        grid.setItems(query -> queue.queue(juror, round, shown, query.getOffset(), query.getLimit()).stream(),
                query -> queue.count(juror, round, shown));
        queue.remembered(juror, roundId).ifPresent(assignment -> scrollTo(juror, assignment));
    }

    private void scrollTo(ActingAccount juror, long assignmentId) {
        try {
            int index = queue.neighbours(juror, assignmentId, filter).index() - 1;
            grid.setPartNameGenerator(item -> item.assignmentId() == assignmentId ? "remembered" : null);
            grid.scrollToIndex(Math.max(0, index));
        } catch (RuntimeException e) {
            // the remembered film has left the queue (a conflict, a withdrawal): start from the top
        }
    }

    private void filterChanged() {
        CategoryCount chosen = category.getValue();
        filter = new QueueFilter(chosen == null || chosen == ALL ? null : chosen.ageCategoryId(),
                onlyUnscored.getValue());
        QueueParameters.remember(roundId, filter);
        showQueue(CurrentAccount.require(), queue.rounds(CurrentAccount.require()));
    }

    private void open(long assignmentId) {
        QueueParameters.remember(roundId, filter);
        getUI().ifPresent(ui -> ui.navigate("film/" + assignmentId, QueueParameters.of(filter)));
    }

    private static String badgeVariant(QueueItem item) {
        return (switch (item.progress()) {
            case SUBMITTED -> BadgeVariant.SUCCESS;
            case DRAFT -> BadgeVariant.WARNING;
            case NOT_STARTED -> BadgeVariant.CONTRAST;
        }).getVariantName();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
