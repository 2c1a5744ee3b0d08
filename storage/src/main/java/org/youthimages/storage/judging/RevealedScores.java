package org.youthimages.storage.judging;

import org.youthimages.storage.sql.Jdbc;
import jakarta.inject.Singleton;
import org.youthimages.storage.account.AccessDeniedException;
import org.youthimages.storage.account.ActingAccount;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * After an organiser has closed a round and revealed its scores, its jurors may see every juror's submitted
 * scores for the films they judged themselves; never the private notes, never before.
 */
@Singleton
public class RevealedScores {

    /** A closed round whose scores this juror may now see. */
    public record RevealedRound(long roundId, String editionName, String roundName) {
    }

    /** Each film the juror judged, with every juror's submitted scorecard for it. */
    public record Board(RevealedRound round, List<CriterionSheet> criteria, List<ScoredCard> cards) {
    }

    private static final String ROUNDS = """
            select distinct r.id, e.name as edition_name, r.name, r.position
              from assignment a join round r on r.id = a.round_id join edition e on e.id = r.edition_id
             where a.juror_id = ? and a.state = 'ACTIVE' and r.state = 'CLOSED' and r.scores_revealed
               and %s""".formatted(JurorConditions.NO_CONFLICT);

    private final Jdbc jdbc;
    private final JurorAccess access;
    private final RoundScores scores;

    RevealedScores(Jdbc jdbc, JurorAccess access, RoundScores scores) {
        this.jdbc = jdbc;
        this.access = access;
        this.scores = scores;
    }

    public List<RevealedRound> rounds(ActingAccount juror) {
        access.requireJuror(juror);
        return jdbc.list(ROUNDS + " order by r.position, r.id",
                rs -> new RevealedRound(rs.getLong(1), rs.getString(2), rs.getString(3)), juror.id());
    }

    public Board board(ActingAccount juror, long roundId) {
        RevealedRound round = rounds(juror).stream().filter(r -> r.roundId() == roundId).findFirst()
                .orElseThrow(() -> new AccessDeniedException("Round " + roundId + " has no scores revealed to "
                        + juror.id()));
        Set<Long> judged = Set.copyOf(jdbc.list("""
                select a.entry_id from assignment a where a.juror_id = ? and a.round_id = ? and a.state = 'ACTIVE'
                """ + " and " + JurorConditions.NO_CONFLICT, rs -> rs.getLong(1), juror.id(), roundId));
        List<ScoredCard> cards = scores.cards(roundId, true).stream().filter(c -> judged.contains(c.entryId()))
                .map(RevealedScores::asJurorsSeeIt).collect(Collectors.toList());
        return new Board(round, scores.criteria(roundId), cards);
    }

    /** Without what the juror wrote for the organisers: the private note and the comments on criteria. */
    private static ScoredCard asJurorsSeeIt(ScoredCard c) {
        return new ScoredCard(c.scorecardId(), c.assignmentId(), c.jurorId(), c.juror(), c.entryId(), c.reference(),
                c.title(), c.state(), c.version(), c.watchedPercent(), c.confirmedBelowThreshold(), c.weightedMean(),
                c.scores(), Map.of(), c.overallComment(), "", c.submittedAt());
    }
}
