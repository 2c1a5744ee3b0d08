package org.youthimages.judging.rounds.ui;

import com.vaadin.flow.component.Component;
import org.youthimages.judging.base.ui.Formats;
import org.youthimages.storage.edition.Round;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What opening a round to its jurors does, told before the organiser confirms: the jurors' queues show the round
 * only within its dates, a reveal is taken back, and no one is emailed (jurors hear of it from a reminder).
 */
final class OpeningQuestion {

    private OpeningQuestion() {
    }

    static String title(Component owner, Round round) {
        return owner.getTranslation("rounds.openTitle", round.name());
    }

    static String text(Component owner, Round round, String timeZone, Instant now) {
        List<String> sentences = new ArrayList<>();
        sentences.add(owner.getTranslation("rounds.openText"));
        if (round.opensAt() != null && round.opensAt().isAfter(now)) {
            sentences.add(owner.getTranslation("rounds.openText.from", Formats.dateTime(round.opensAt(), timeZone)));
        }
        if (round.closesAt() != null) {
            sentences.add(owner.getTranslation(round.closesAt().isAfter(now) ? "rounds.openText.until"
                    : "rounds.openText.pastClose", Formats.dateTime(round.closesAt(), timeZone)));
        }
        if (round.scoresRevealed()) {
            sentences.add(owner.getTranslation("rounds.openText.hidesScores"));
        }
        sentences.add(owner.getTranslation("rounds.openText.noEmail"));
        return String.join(" ", sentences);
    }
}
