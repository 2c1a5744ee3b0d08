package org.youthimages.storage.results;

import jakarta.inject.Singleton;
import org.youthimages.storage.edition.Round;
import org.youthimages.storage.edition.RoundRepository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A round's leaderboard per age category, from its submitted scorecards. */
@Singleton
public class RoundLeaderboard {

    private final ResultsRepository results;
    private final RoundRepository rounds;

    RoundLeaderboard(ResultsRepository results, RoundRepository rounds) {
        this.results = results;
        this.rounds = rounds;
    }

    /** Places per age category id (null key: films without a category), each ranked as the round's rules say. */
    public Map<Long, List<Leaderboard.Place>> byCategory(long roundId) {
        Round round = rounds.findById(roundId).orElseThrow(() -> new IllegalArgumentException("No round " + roundId));
        List<ResultsRepository.SubmittedCard> cards = results.submittedCards(roundId);
        Map<Long, Long> categoryOf = new HashMap<>();
        List<CardScore> scores = new ArrayList<>(cards.size());
        for (ResultsRepository.SubmittedCard card : cards) {
            categoryOf.put(card.entryId(), card.ageCategoryId());
            scores.add(card.toCardScore());
        }
        Map<Long, List<EntryResult>> grouped = new TreeMap<>(java.util.Comparator.nullsLast(Long::compare));
        for (EntryResult result : RoundResults.of(scores, round.disagreementThreshold().doubleValue())) {
            grouped.computeIfAbsent(categoryOf.get(result.entryId()), k -> new ArrayList<>()).add(result);
        }
        Map<Long, List<Leaderboard.Place>> places = new TreeMap<>(java.util.Comparator.nullsLast(Long::compare));
        grouped.forEach((category, entries) -> places.put(category, Leaderboard.rank(entries, round.tieBreak())));
        return places;
    }
}
