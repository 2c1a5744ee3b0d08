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
import org.youthimages.storage.judging.JurorConditions;
import org.youthimages.storage.sql.Jdbc;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The jury's final deliberation as a ranked vote: each juror ranks their shortlist (the films actively assigned
 * to them in the round, without a conflict of interest), and the Schulze method decides the order. A juror's
 * ballot counts only among the films on their shortlist now: a film given up for a conflict, or withdrawn from
 * them, no longer carries their earlier ranking.
 */
@Singleton
public class RankedVote {

    /**
     * An assignment on its juror's shortlist for the round: active, and without a conflict of interest (SQL where
     * the assignment is aliased {@code a}; its one parameter is the round's id).
     */
    private static final String SHORTLISTED = "a.round_id = ? and a.state = 'ACTIVE' and "
            + JurorConditions.NO_CONFLICT;

    /** A film on a juror's ballot: the assignment opens its film screen; {@code rank} is null until ranked. */
    public record BallotFilm(long assignmentId, long entryId, String reference, String title, @Nullable Integer rank) {
    }

    private final AccessRules access;
    private final RoundRepository rounds;
    private final RankingRepository rankings;
    private final Jdbc jdbc;
    private final AuditLog audit;

    RankedVote(AccessRules access, RoundRepository rounds, RankingRepository rankings, Jdbc jdbc, AuditLog audit) {
        this.access = access;
        this.rounds = rounds;
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
                 where %s and a.juror_id = ?
                 order by k.rank nulls last, e.title""".formatted(SHORTLISTED),
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

    /** The Schulze result and how many jurors' ballots count in it. */
    record Tally(Schulze.Result result, int ballots) {
    }

    /** The Schulze result over every ballot cast so far, among all films shortlisted in the round (organisers). */
    public Schulze.Result result(ActingAccount organiser, long roundId) {
        access.requireOrganiser(organiser);
        return tally(roundId).result();
    }

    /** Reads every juror's shortlist and ranks in one query and decides the order. */
    Tally tally(long roundId) {
        record Shortlisted(long jurorId, long entryId, @Nullable Integer rank) {
        }
        List<Shortlisted> shortlisted = jdbc.list("""
                select a.juror_id, a.entry_id, k.rank from assignment a
                  left join ranking k on k.round_id = a.round_id and k.juror_id = a.juror_id and k.entry_id = a.entry_id
                 where %s""".formatted(SHORTLISTED),
                rs -> new Shortlisted(rs.getLong(1), rs.getLong(2), Jdbc.nullableInt(rs, "rank")), roundId);
        Map<Long, Set<Long>> shortlists = new HashMap<>();
        Map<Long, Map<Long, Integer>> ranks = new HashMap<>();
        for (Shortlisted film : shortlisted) {
            shortlists.computeIfAbsent(film.jurorId(), k -> new HashSet<>()).add(film.entryId());
            Map<Long, Integer> jurorsRanks = ranks.computeIfAbsent(film.jurorId(), k -> new HashMap<>());
            if (film.rank() != null) {
                jurorsRanks.put(film.entryId(), film.rank());
            }
        }
        List<Long> candidates = shortlisted.stream().map(Shortlisted::entryId).distinct().sorted().toList();
        List<Schulze.Ballot> ballots = shortlists.entrySet().stream()
                .map(juror -> new Schulze.Ballot(juror.getValue(), ranks.get(juror.getKey()))).toList();
        int cast = (int) ballots.stream().filter(b -> !b.ranks().isEmpty()).count();
        return new Tally(Schulze.decide(candidates, ballots), cast);
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

    private Set<Long> shortlistOf(long roundId, long jurorId) {
        return new HashSet<>(jdbc.list("""
                select a.entry_id from assignment a where %s and a.juror_id = ?""".formatted(SHORTLISTED),
                rs -> rs.getLong(1), roundId, jurorId));
    }

    /** A ballot that cannot be accepted, with the reason a juror can act on. */
    public static final class VoteRejected extends Refused {
        VoteRejected(String key, String message) {
            super(key, message);
        }
    }
}
