package org.youthimages.storage.results;

import jakarta.inject.Singleton;
import org.youthimages.storage.edition.Round;
import org.youthimages.storage.edition.RoundRepository;
import org.youthimages.storage.sql.Jdbc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A round's leaderboard per age category, from its submitted scorecards. */
@Singleton
public class RoundLeaderboard {

    /**
     * Submitted scorecards of active assignments with their weighted score, which the database computes on submit
     * into {@code scorecard.weighted_score} by the rule the screens show ({@code judging.WeightedMean}).
     */
    private static final String CARDS = """
            select s.id, a.entry_id, a.juror_id, coalesce(e.age_category_id, -1), s.weighted_score,
                   s.watched_percent::float8
              from scorecard s
              join assignment a on a.id = s.assignment_id
              join entry e on e.id = a.entry_id
             where a.round_id = ? and a.state = 'ACTIVE' and s.state = 'SUBMITTED' and s.weighted_score is not null""";

    private final Jdbc jdbc;
    private final RoundRepository rounds;

    RoundLeaderboard(Jdbc jdbc, RoundRepository rounds) {
        this.jdbc = jdbc;
        this.rounds = rounds;
    }

    /** Places per age category id (null key: films without a category), each ranked as the round's rules say. */
    public Map<Long, List<Leaderboard.Place>> byCategory(long roundId) {
        Round round = rounds.findById(roundId).orElseThrow(() -> new IllegalArgumentException("No round " + roundId));
        CardColumns cards = cards(roundId);
        Map<Long, Long> categoryOf = new HashMap<>();
        for (int i = 0; i < cards.size; i++) {
            categoryOf.putIfAbsent(cards.entry[i], cards.category[i]);
        }
        Map<Long, List<EntryResult>> grouped = new TreeMap<>(Comparator.nullsLast(Long::compare));
        for (EntryResult result : RoundResults.of(cards, round.disagreementThreshold().doubleValue())) {
            long category = categoryOf.get(result.entryId());
            grouped.computeIfAbsent(category == CardColumns.NO_CATEGORY ? null : category, k -> new ArrayList<>())
                    .add(result);
        }
        Map<Long, List<Leaderboard.Place>> places = new TreeMap<>(Comparator.nullsLast(Long::compare));
        grouped.forEach((category, entries) -> places.put(category, Leaderboard.rank(entries, round.tieBreak())));
        return places;
    }

    /** The round's submitted scorecards, read into columns. */
    public CardColumns cards(long roundId) {
        CardColumns cards = new CardColumns();
        jdbc.each(CARDS, rs -> cards.add(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getDouble(5),
                rs.getDouble(6)), roundId);
        return cards;
    }
}
