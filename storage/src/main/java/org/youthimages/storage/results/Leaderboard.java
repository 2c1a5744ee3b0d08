package org.youthimages.storage.results;

import org.youthimages.storage.edition.Round;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks films by weighted mean. Films whose means are equal as shown (two decimals) are a tie; the round's
 * tie-break rule, set before judging, orders them by median or by normalised mean, or leaves them tied
 * (shared place, or a jury vote to come). A tie the rule cannot break stays a tie.
 */
public final class Leaderboard {

    private Leaderboard() {
    }

    public static List<Place> rank(List<EntryResult> results, Round.TieBreak rule) {
        List<EntryResult> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparingLong((EntryResult r) -> shown(r.weightedMean())).reversed()
                .thenComparing(tieBreakOrder(rule))
                .thenComparingLong(EntryResult::entryId));
        List<Place> places = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            EntryResult current = sorted.get(i);
            boolean tiedWithPrevious = i > 0 && sameOnScreen(sorted.get(i - 1), current);
            boolean tiedWithNext = i + 1 < sorted.size() && sameOnScreen(current, sorted.get(i + 1));
            boolean brokenWithPrevious = tiedWithPrevious && !stillTied(sorted.get(i - 1), current, rule);
            int rank = tiedWithPrevious && !brokenWithPrevious ? places.get(i - 1).rank() : i + 1;
            boolean tied = tiedWithPrevious && !brokenWithPrevious
                    || tiedWithNext && stillTied(current, sorted.get(i + 1), rule);
            places.add(new Place(rank, current, tied, tiedWithPrevious || tiedWithNext ? rule : null));
        }
        return places;
    }

    private static Comparator<EntryResult> tieBreakOrder(Round.TieBreak rule) {
        return switch (rule) {
            case MEDIAN -> Comparator.comparingLong((EntryResult r) -> shown(r.median())).reversed();
            case NORMALISED_MEAN -> Comparator.comparingLong((EntryResult r) -> shown(r.normalisedScore())).reversed();
            case JURY_VOTE, SHARED -> (a, b) -> 0;
        };
    }

    private static boolean stillTied(EntryResult a, EntryResult b, Round.TieBreak rule) {
        return sameOnScreen(a, b) && tieBreakOrder(rule).compare(a, b) == 0;
    }

    private static boolean sameOnScreen(EntryResult a, EntryResult b) {
        return shown(a.weightedMean()) == shown(b.weightedMean());
    }

    /** The value as shown to organisers, in hundredths. */
    private static long shown(double value) {
        return Math.round(value * 100);
    }

    /**
     * A film's place. {@code tied} when it shares its rank; {@code tieBreak} names the rule that was applied
     * where the film's weighted mean equalled another's (null when it did not).
     */
    public record Place(int rank, EntryResult result, boolean tied, Round.TieBreak tieBreak) {
    }
}
