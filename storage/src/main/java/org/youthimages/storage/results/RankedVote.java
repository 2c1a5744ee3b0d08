package org.youthimages.storage.results;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.youthimages.storage.account.AccessRules;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.account.Role;
import org.youthimages.storage.audit.AuditLog;
import org.youthimages.storage.decision.Refused;
import org.youthimages.storage.edition.Round;
import org.youthimages.storage.edition.RoundRepository;
import org.youthimages.storage.judging.Assignment;
import org.youthimages.storage.judging.AssignmentRepository;
import org.youthimages.storage.sql.Jdbc;

import java.time.Instant;
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

    /** A film on a juror's ballot: the assignment opens its film screen; {@code rank} is null until ranked. */
    public record BallotFilm(long assignmentId, long entryId, String reference, String title, @Nullable Integer rank) {
    }

    private final AccessRules access;
    private final RoundRepository rounds;
    private final AssignmentRepository assignments;
    private final RankingRepository rankings;
    private final Jdbc jdbc;
    private final AuditLog audit;

    RankedVote(AccessRules access, RoundRepository rounds, AssignmentRepository assignments,
               RankingRepository rankings, Jdbc jdbc, AuditLog audit) {
        this.access = access;
        this.rounds = rounds;
        this.assignments = assignments;
        this.rankings = rankings;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The juror's shortlist in an open ranked round, in the order of their current ballot, unranked films last. */
    public List<BallotFilm> ballot(ActingAccount juror, long roundId) {
        access.requireRole(juror, Role.JUROR);
        openRankedRound(roundId);
        return jdbc.list("""
                select a.id, a.entry_id, e.reference, e.title, k.rank from assignment a
                  join entry e on e.id = a.entry_id
                  left join ranking k on k.round_id = a.round_id and k.juror_id = a.juror_id and k.entry_id = a.entry_id
                 where a.round_id = ? and a.juror_id = ? and a.state = 'ACTIVE'
                   and not exists (select 1 from conflict_of_interest c where c.entry_id = a.entry_id
                                      and c.juror_id = a.juror_id)
                 order by k.rank nulls last, e.title""",
                rs -> new BallotFilm(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        Jdbc.nullableInt(rs, "rank")), roundId, juror.id());
    }

    /** Replaces the juror's ballot with films in order of preference, best first. */
    @Transactional
    public void castBallot(ActingAccount juror, long roundId, List<Long> filmsBestFirst) {
        access.requireRole(juror, Role.JUROR);
        Round round = openRankedRound(roundId);
        Set<Long> shortlist = shortlistOf(roundId, juror.id());
        if (new LinkedHashSet<>(filmsBestFirst).size() != filmsBestFirst.size()) {
            throw new VoteRejected("vote.twice", "A film can appear only once on a ballot");
        }
        if (!shortlist.containsAll(filmsBestFirst)) {
            throw new VoteRejected("vote.notShortlisted", "A ballot can only rank films on your shortlist for this round");
        }
        List<Long> before = ballotOf(roundId, juror.id());
        rankings.deleteByRoundIdAndJurorId(roundId, juror.id());
        for (int i = 0; i < filmsBestFirst.size(); i++) {
            rankings.save(new Ranking(null, roundId, juror.id(), filmsBestFirst.get(i), i + 1));
        }
        audit.record(juror.actor(), "vote.ballot", round.editionId(), "round", roundId, before, filmsBestFirst);
    }

    /** The juror's current ballot, best first. */
    public List<Long> ballotOf(long roundId, long jurorId) {
        return rankings.findByRoundIdAndJurorIdOrderByRank(roundId, jurorId).stream().map(Ranking::entryId).toList();
    }

    /** The Schulze result over every ballot cast so far, among all films shortlisted in the round (organisers). */
    public Schulze.Result result(ActingAccount organiser, long roundId) {
        access.requireOrganiser(organiser);
        return result(roundId);
    }

    /** How many jurors have cast a ballot. */
    public int ballots(ActingAccount organiser, long roundId) {
        access.requireOrganiser(organiser);
        return (int) rankings.findByRoundId(roundId).stream().map(Ranking::jurorId).distinct().count();
    }

    Schulze.Result result(long roundId) {
        List<Long> candidates = assignments.findByRoundId(roundId).stream()
                .filter(a -> a.state() == Assignment.State.ACTIVE).map(Assignment::entryId).distinct().sorted().toList();
        Map<Long, Map<Long, Integer>> ballots = new HashMap<>();
        for (Ranking ranking : rankings.findByRoundId(roundId)) {
            ballots.computeIfAbsent(ranking.jurorId(), k -> new HashMap<>()).put(ranking.entryId(), ranking.rank());
        }
        return Schulze.decide(candidates, new ArrayList<>(ballots.values()));
    }

    private Round openRankedRound(long roundId) {
        Round round = rounds.findById(roundId).orElseThrow(() -> new VoteRejected("noRound", "No such round"));
        if (round.voting() != Round.Voting.RANKED) {
            throw new VoteRejected("vote.notRanked", "This round is scored, not voted by ranking");
        }
        if (!round.openToJurorsAt(Instant.now())) {
            throw new VoteRejected("vote.closed", "Voting is closed for this round");
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
    public static final class VoteRejected extends Refused {
        VoteRejected(String key, String message) {
            super(key, message);
        }
    }
}
