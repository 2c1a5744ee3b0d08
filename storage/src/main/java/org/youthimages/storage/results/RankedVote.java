package org.youthimages.storage.results;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.youthimages.storage.audit.AuditLog;
import org.youthimages.storage.edition.Round;
import org.youthimages.storage.edition.RoundRepository;
import org.youthimages.storage.judging.Assignment;
import org.youthimages.storage.judging.AssignmentRepository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The jury's final deliberation as a ranked vote: each juror ranks the shortlist (the films assigned to them in
 * the round), and the Schulze method decides the order.
 */
@Singleton
public class RankedVote {

    private final RoundRepository rounds;
    private final AssignmentRepository assignments;
    private final RankingRepository rankings;
    private final AuditLog audit;

    RankedVote(RoundRepository rounds, AssignmentRepository assignments, RankingRepository rankings, AuditLog audit) {
        this.rounds = rounds;
        this.assignments = assignments;
        this.rankings = rankings;
        this.audit = audit;
    }

    /** Replaces the juror's ballot with films in order of preference, best first. */
    @Transactional
    public void castBallot(AuditLog.Actor juror, long roundId, List<Long> filmsBestFirst) {
        Round round = openRankedRound(roundId);
        Set<Long> shortlist = shortlistOf(roundId, juror.accountId());
        if (new LinkedHashSet<>(filmsBestFirst).size() != filmsBestFirst.size()) {
            throw new VoteRejected("A film can appear only once on a ballot");
        }
        if (!shortlist.containsAll(filmsBestFirst)) {
            throw new VoteRejected("A ballot can only rank films on your shortlist for this round");
        }
        List<Long> before = ballotOf(roundId, juror.accountId());
        rankings.deleteByRoundIdAndJurorId(roundId, juror.accountId());
        for (int i = 0; i < filmsBestFirst.size(); i++) {
            rankings.save(new Ranking(null, roundId, juror.accountId(), filmsBestFirst.get(i), i + 1));
        }
        audit.record(juror, "vote.ballot", round.editionId(), "round", roundId, before, filmsBestFirst);
    }

    /** The juror's current ballot, best first. */
    public List<Long> ballotOf(long roundId, long jurorId) {
        return rankings.findByRoundIdAndJurorIdOrderByRank(roundId, jurorId).stream().map(Ranking::entryId).toList();
    }

    /** The Schulze result over every ballot cast so far, among all films shortlisted in the round. */
    public Schulze.Result result(long roundId) {
        List<Long> candidates = assignments.findByRoundId(roundId).stream()
                .filter(a -> a.state() == Assignment.State.ACTIVE).map(Assignment::entryId).distinct().sorted().toList();
        Map<Long, Map<Long, Integer>> ballots = new HashMap<>();
        for (Ranking ranking : rankings.findByRoundId(roundId)) {
            ballots.computeIfAbsent(ranking.jurorId(), k -> new HashMap<>()).put(ranking.entryId(), ranking.rank());
        }
        return Schulze.decide(candidates, new ArrayList<>(ballots.values()));
    }

    private Round openRankedRound(long roundId) {
        Round round = rounds.findById(roundId).orElseThrow(() -> new VoteRejected("No such round"));
        if (round.voting() != Round.Voting.RANKED) {
            throw new VoteRejected("This round is scored, not voted by ranking");
        }
        if (round.state() != Round.State.OPEN) {
            throw new VoteRejected("Voting is closed for this round");
        }
        return round;
    }

    private Set<Long> shortlistOf(long roundId, Long jurorId) {
        Set<Long> films = new HashSet<>();
        for (Assignment a : assignments.findByRoundIdAndJurorIdAndState(roundId, jurorId, Assignment.State.ACTIVE)) {
            films.add(a.entryId());
        }
        return films;
    }

    /** A ballot that cannot be accepted, with the reason a juror can act on. */
    public static final class VoteRejected extends RuntimeException {
        public VoteRejected(String message) {
            super(message);
        }
    }
}
