package org.youthimages.storage.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-juror normalisation: each juror's scores are shifted and stretched so that their average is 0 and their
 * spread is 1 (z-scores, population standard deviation), so a harsh juror and a lenient one count the same.
 * A juror with a single score, or who gave every film the same score, contributes 0 (no information on order).
 */
public final class JurorNormalisation {

    private JurorNormalisation() {
    }

    /** z-score of each scorecard, by scorecard id. */
    public static Map<Long, Double> zScores(List<CardScore> cards) {
        Map<Long, List<CardScore>> byJuror = new HashMap<>();
        cards.forEach(c -> byJuror.computeIfAbsent(c.jurorId(), k -> new ArrayList<>()).add(c));
        Map<Long, Double> z = new HashMap<>();
        byJuror.values().forEach(own -> {
            double mean = own.stream().mapToDouble(CardScore::score).average().orElse(0);
            double sd = Math.sqrt(own.stream().mapToDouble(c -> (c.score() - mean) * (c.score() - mean)).sum() / own.size());
            own.forEach(c -> z.put(c.scorecardId(), sd < 1e-12 ? 0.0 : (c.score() - mean) / sd));
        });
        return z;
    }
}
