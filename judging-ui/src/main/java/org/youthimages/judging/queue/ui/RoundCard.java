package org.youthimages.judging.queue.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import org.youthimages.judging.base.ui.BrowserTimeZone;
import org.youthimages.judging.base.ui.Formats;
import org.youthimages.storage.edition.Round;
import org.youthimages.storage.judging.QueueItem;
import org.youthimages.storage.judging.RoundSummary;

import java.time.Instant;

/**
 * One round on the juror's home: deadline (in the edition's time zone, and in the juror's when their clock differs),
 * progress, and the film to watch next. Fires events, calls nothing.
 */
public class RoundCard extends Card {

    final Button watchNext = new Button();
    final Button showQueue = new Button();
    final Button rank = new Button();

    public RoundCard(RoundSummary round, boolean selected) {
        addClassName("yi-round-card");
        if (selected) {
            addClassName("yi-selected");
        }
        setTitle(round.roundName());
        setSubtitle(round.editionName());
        Paragraph deadline = new Paragraph(round.closesAt() == null ? getTranslation("home.noDeadline")
                : getTranslation("home.deadline", BrowserTimeZone.reported()
                        .map(reader -> Formats.dateTime(round.closesAt(), round.timeZone(), reader))
                        .orElseGet(() -> Formats.dateTime(round.closesAt(), round.timeZone())),
                Formats.daysLeft(round.closesAt(), Instant.now())));
        deadline.addClassName("yi-deadline");
        ProgressBar progress = new ProgressBar(0, Math.max(1, round.assigned()), round.submitted());
        progress.getElement().setAttribute("aria-label", getTranslation("home.progressLabel"));
        Paragraph counts = new Paragraph(getTranslation("home.progress", round.submitted(), round.assigned(),
                round.drafts()));
        counts.addClassName("yi-progress-text");
        add(deadline, progress, counts);
        QueueItem next = round.next();
        watchNext.setText(next == null ? getTranslation("home.allDone")
                : getTranslation(next.progress() == QueueItem.Progress.DRAFT ? "home.continue" : "home.watchNext",
                next.title()));
        watchNext.setIcon(VaadinIcon.PLAY.create());
        watchNext.setEnabled(next != null);
        watchNext.addThemeVariants(ButtonVariant.PRIMARY);
        watchNext.addClickListener(click -> fireEvent(new WatchEvent(this, next)));
        showQueue.setText(getTranslation("home.showQueue"));
        showQueue.addClickListener(click -> fireEvent(new ShowQueueEvent(this, round.roundId())));
        HorizontalLayout footer = new HorizontalLayout(watchNext, showQueue);
        if (round.voting() == Round.Voting.RANKED) {
            rank.setText(getTranslation("ballot.rank"));
            rank.setIcon(VaadinIcon.LIST_OL.create());
            rank.addThemeVariants(ButtonVariant.PRIMARY);
            watchNext.removeThemeVariants(ButtonVariant.PRIMARY);
            rank.addClickListener(click -> fireEvent(new RankEvent(this, round.roundId())));
            footer.addComponentAsFirst(rank);
            counts.setText(getTranslation("ballot.cardHelp", round.assigned()));
        }
        footer.addClassName("yi-filters");
        addToFooter(footer);
    }

    public Registration addRankListener(ComponentEventListener<RankEvent> listener) {
        return addListener(RankEvent.class, listener);
    }

    /** The juror wants to rank the round's shortlist. */
    public static class RankEvent extends ComponentEvent<RoundCard> {
        private final long roundId;

        RankEvent(RoundCard source, long roundId) {
            super(source, false);
            this.roundId = roundId;
        }

        public long roundId() {
            return roundId;
        }
    }

    public Registration addWatchListener(ComponentEventListener<WatchEvent> listener) {
        return addListener(WatchEvent.class, listener);
    }

    public Registration addShowQueueListener(ComponentEventListener<ShowQueueEvent> listener) {
        return addListener(ShowQueueEvent.class, listener);
    }

    /** The juror wants to watch the round's next film. */
    public static class WatchEvent extends ComponentEvent<RoundCard> {
        private final transient QueueItem film;

        WatchEvent(RoundCard source, QueueItem film) {
            super(source, false);
            this.film = film;
        }

        public QueueItem film() {
            return film;
        }
    }

    /** The juror wants to see the round's queue. */
    public static class ShowQueueEvent extends ComponentEvent<RoundCard> {
        private final long roundId;

        ShowQueueEvent(RoundCard source, long roundId) {
            super(source, false);
            this.roundId = roundId;
        }

        public long roundId() {
            return roundId;
        }
    }
}
