package org.youthimages.storage.judging;

import org.youthimages.storage.sql.Jdbc;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.youthimages.storage.account.AccessRules;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.audit.AuditLog;
import org.youthimages.storage.edition.Round;
import org.youthimages.storage.edition.RoundRepository;

import java.util.List;
import java.util.Map;

/**
 * Organisers open a round to its jurors, close it, and, once closed, may reveal the scores to the round's jurors
 * (for the jury's deliberation). Until then no juror ever sees another juror's scores.
 */
@Singleton
public class RoundControl {

    private final Jdbc jdbc;
    private final AccessRules access;
    private final RoundRepository rounds;
    private final AuditLog audit;

    RoundControl(Jdbc jdbc, AccessRules access, RoundRepository rounds, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.rounds = rounds;
        this.audit = audit;
    }

    public List<Round> rounds(ActingAccount organiser, long editionId) {
        access.requireOrganiser(organiser);
        return rounds.findByEditionIdOrderByPosition(editionId);
    }

    @Transactional
    public void open(ActingAccount organiser, long roundId) {
        change(organiser, roundId, "round.open", "update round set state = 'OPEN', scores_revealed = false where id = ?");
    }

    @Transactional
    public void close(ActingAccount organiser, long roundId) {
        change(organiser, roundId, "round.close", "update round set state = 'CLOSED' where id = ?");
    }

    /** Lets the round's jurors see each other's scores; only for a closed round. */
    @Transactional
    public void revealScores(ActingAccount organiser, long roundId) {
        Round round = find(roundId);
        if (round.state() != Round.State.CLOSED) {
            throw new IllegalStateException("Scores are revealed only after the round closes");
        }
        change(organiser, roundId, "round.reveal_scores", "update round set scores_revealed = true where id = ?");
    }

    private void change(ActingAccount organiser, long roundId, String action, String sql) {
        access.requireOrganiser(organiser);
        Round before = find(roundId);
        jdbc.update(sql, roundId);
        Round after = find(roundId);
        audit.record(organiser.actor(), action, before.editionId(), "round", roundId,
                Map.of("state", before.state().name(), "scoresRevealed", before.scoresRevealed()),
                Map.of("state", after.state().name(), "scoresRevealed", after.scoresRevealed()));
    }

    private Round find(long roundId) {
        return rounds.findById(roundId).orElseThrow(() -> new IllegalArgumentException("No round " + roundId));
    }
}
