package org.youthimages.storage.results;

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
        CardColumns columns = CardColumns.of(cards);
        double[] z = zScores(columns);
        Map<Long, Double> byCard = new HashMap<>();
        for (int i = 0; i < columns.size; i++) {
            byCard.put(columns.scorecard[i], z[i]);
        }
        return byCard;
    }

    /** z-score of each scorecard, in the columns' order. */
    static double[] zScores(CardColumns cards) {
        int n = cards.size;
        Map<Long, Integer> index = new HashMap<>();
        int[] jurorOf = new int[n];
        for (int i = 0; i < n; i++) {
            Integer known = index.putIfAbsent(cards.juror[i], index.size());
            jurorOf[i] = known == null ? index.size() - 1 : known;
        }
        int jurors = index.size();
        double[] sum = new double[jurors];
        int[] count = new int[jurors];
        for (int i = 0; i < n; i++) {
            sum[jurorOf[i]] += cards.score[i];
            count[jurorOf[i]]++;
        }
        double[] mean = new double[jurors];
        for (int j = 0; j < jurors; j++) {
            mean[j] = sum[j] / count[j];
        }
        double[] squares = new double[jurors];
        for (int i = 0; i < n; i++) {
            double d = cards.score[i] - mean[jurorOf[i]];
            squares[jurorOf[i]] += d * d;
        }
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            int j = jurorOf[i];
            double sd = Math.sqrt(squares[j] / count[j]);
            z[i] = sd < 1e-12 ? 0.0 : (cards.score[i] - mean[j]) / sd;
        }
        return z;
    }
}
