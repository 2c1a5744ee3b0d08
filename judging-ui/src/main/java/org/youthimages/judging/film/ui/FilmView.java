package org.youthimages.judging.film.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.youthimages.judging.base.ui.CurrentAccount;
import org.youthimages.judging.base.ui.MainLayout;
import org.youthimages.judging.base.ui.Notifications;
import org.youthimages.judging.queue.ui.JurorHomeView;
import org.youthimages.judging.queue.ui.QueueParameters;
import org.youthimages.storage.account.AccessDeniedException;
import org.youthimages.storage.account.AccountPreferences;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.judging.Conflicts;
import org.youthimages.storage.judging.FilmDetails;
import org.youthimages.storage.judging.FilmSheet;
import org.youthimages.storage.judging.JudgingQueue;
import org.youthimages.storage.judging.Neighbours;
import org.youthimages.storage.judging.QueueFilter;
import org.youthimages.storage.judging.QueueItem;
import org.youthimages.storage.judging.ScorecardSheet;
import org.youthimages.storage.judging.Scorecards;
import org.youthimages.storage.judging.WatchTime;

import java.math.BigDecimal;

/**
 * The film screen: the player and the film's details beside the scorecard, previous / next within the juror's
 * (filtered) queue, and the conflict-of-interest button. Opening a film remembers it as the juror's place.
 */
@Route(value = "film/:assignmentId", layout = MainLayout.class)
@RolesAllowed("JUROR")
@Prototype
public class FilmView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final FilmDetails details;
    private final JudgingQueue queue;
    private final Scorecards scorecards;
    private final WatchTime watchTime;
    private final Conflicts conflicts;
    private final AccountPreferences preferences;
    final Button previous = new Button();
    final Button next = new Button();
    final Button conflict = new Button();
    FilmPlayer player;
    ScorecardForm form;
    private ScorecardPresenter presenter;
    private FilmSheet film;
    private QueueFilter filter;
    private Neighbours neighbours;

    FilmView(FilmDetails details, JudgingQueue queue, Scorecards scorecards, WatchTime watchTime, Conflicts conflicts,
             AccountPreferences preferences) {
        this.details = details;
        this.queue = queue;
        this.scorecards = scorecards;
        this.watchTime = watchTime;
        this.conflicts = conflicts;
        this.preferences = preferences;
        addClassName("yi-film-view");
        previous.setText(getTranslation("film.previous"));
        previous.setIcon(VaadinIcon.ANGLE_LEFT.create());
        previous.addClickListener(click -> go(neighbours.previous()));
        next.setText(getTranslation("film.next"));
        next.setIcon(VaadinIcon.ANGLE_RIGHT.create());
        next.setIconAfterText(true);
        next.addClickListener(click -> go(neighbours.next()));
        conflict.setText(getTranslation("film.conflict"));
        conflict.setIcon(VaadinIcon.HAND.create());
        conflict.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        conflict.addClickListener(click -> new ConflictDialog(this::declareConflict).open());
        Shortcuts.addShortcutListener(this, () -> go(neighbours.next()), Key.KEY_N, KeyModifier.ALT);
        Shortcuts.addShortcutListener(this, () -> go(neighbours.previous()), Key.KEY_P, KeyModifier.ALT);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ActingAccount juror = CurrentAccount.require();
        long assignmentId = event.getRouteParameters().getLong("assignmentId")
                .orElseThrow(() -> new AccessDeniedException("No such film"));
        filter = QueueParameters.filter(event.getLocation().getQueryParameters());
        film = details.film(juror, assignmentId);
        queue.remember(juror, assignmentId);
        neighbours = queue.neighbours(juror, assignmentId, filter);
        removeAll();
        player = new FilmPlayer(film, preferences.lowBandwidth(juror), getLocale().getLanguage());
        player.addPlayedListener(played -> watched(juror, played));
        player.addLowBandwidthListener(low -> preferences.setLowBandwidth(juror, low.on()));
        ScorecardSheet sheet = scorecards.open(juror, assignmentId);
        form = new ScorecardForm(assignmentId, sheet.criteria());
        presenter = new ScorecardPresenter(juror, assignmentId, scorecards, form);
        form.addChangedListener(changed -> presenter.changed());
        form.addSubmitListener(submit -> presenter.submit());
        form.addSubmittedListener(submitted -> offerNextFilm(juror));
        presenter.start(sheet);
        if (sheet.locked()) {
            offerNextFilm(juror);
        }
        Div main = new Div(player, new FilmFacts(film));
        main.addClassName("yi-film-main");
        Div body = new Div(main, form);
        body.addClassName("yi-film-body");
        add(navigation(), body);
    }

    private Div navigation() {
        Anchor back = new Anchor(RouteConfiguration.forSessionScope().getUrl(JurorHomeView.class,
                new RouteParameters("roundId", String.valueOf(film.roundId())))
                + queryString(), getTranslation("film.backToQueue"));
        back.addClassName("yi-back");
        Span place = new Span(getTranslation("film.place", neighbours.index(), neighbours.total()));
        place.addClassName("yi-place");
        previous.setEnabled(neighbours.previous() != null);
        next.setEnabled(neighbours.next() != null);
        Div steps = new Div(previous, next); // kept together when the row wraps on a phone
        steps.addClassName("yi-steps");
        Div navigation = new Div(back, place, steps, conflict);
        navigation.addClassName("yi-film-nav");
        return navigation;
    }

    private String queryString() {
        String query = QueueParameters.of(filter).getQueryString();
        return query.isEmpty() ? "" : "?" + query;
    }

    private void watched(ActingAccount juror, FilmPlayer.PlayedEvent played) {
        if (played.ranges().isEmpty()) {
            return;
        }
        BigDecimal percent = watchTime.record(juror, film.assignmentId(), played.ranges(), played.durationSeconds());
        presenter.watched(percent);
        form.showWatched(percent, film.watchThresholdPercent());
    }

    /** Once this film is scored: a button to the next film not yet submitted, or back to the rounds when none is left. */
    private void offerNextFilm(ActingAccount juror) {
        Button onward = queue.nextFilm(juror, film.roundId())
                .filter(next -> next.assignmentId() != film.assignmentId())
                .map(next -> {
                    Button button = new Button(getTranslation(next.progress() == QueueItem.Progress.DRAFT
                            ? "home.continue" : "home.watchNext", next.title()), click -> go(next.assignmentId()));
                    button.setIcon(VaadinIcon.PLAY.create());
                    return button;
                })
                .orElseGet(() -> new Button(getTranslation("film.allDone"), click -> backToRound()));
        onward.addThemeVariants(ButtonVariant.PRIMARY);
        onward.addClassName("yi-onward");
        form.offerAfterSubmit(onward);
    }

    private void declareConflict(String reason) {
        conflicts.declare(CurrentAccount.require(), film.assignmentId(), reason);
        Notifications.success(getTranslation("conflict.done"));
        if (neighbours.next() != null) {
            go(neighbours.next());
        } else {
            backToRound();
        }
    }

    private void backToRound() {
        getUI().ifPresent(ui -> ui.navigate(JurorHomeView.class,
                new RouteParameters("roundId", String.valueOf(film.roundId()))));
    }

    private void go(Long assignmentId) {
        if (assignmentId != null) {
            getUI().ifPresent(ui -> ui.navigate("film/" + assignmentId, QueueParameters.of(filter)));
        }
    }

    @Override
    public String getPageTitle() {
        return film == null ? getTranslation("film.title") : film.title();
    }
}
