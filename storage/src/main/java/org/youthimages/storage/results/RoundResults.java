package org.youthimages.storage.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Turns a round's submitted scorecards into one result per film. */
public final class RoundResults {

    private RoundResults() {
    }

    public static List<EntryResult> of(List<CardScore> cards, double disagreementThreshold) {
        return of(CardColumns.of(cards), disagreementThreshold);
    }

    /** One result per film, in order of film id. */
    public static List<EntryResult> of(CardColumns cards, double disagreementThreshold) {
        int n = cards.size;
        double[] z = JurorNormalisation.zScores(cards);
        double overallMean = 0;
        for (int i = 0; i < n; i++) {
            overallMean += cards.score[i];
        }
        overallMean = n == 0 ? 0 : overallMean / n;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            squares += (cards.score[i] - overallMean) * (cards.score[i] - overallMean);
        }
        double overallSd = n == 0 ? 0 : Math.sqrt(squares / n);
        int[] order = byFilm(cards);
        List<EntryResult> results = new ArrayList<>();
        double[] scores = new double[8];
        for (int start = 0; start < n; ) {
            long entry = cards.entry[order[start]];
            int end = start;
            while (end < n && cards.entry[order[end]] == entry) {
                end++;
            }
            int count = end - start;
            if (scores.length < count) {
                scores = new double[count];
            }
            double sum = 0;
            double zSum = 0;
            double watched = 0;
            for (int k = 0; k < count; k++) {
                int i = order[start + k];
                scores[k] = cards.score[i];
                sum += cards.score[i];
                zSum += z[i];
                watched += cards.watched[i];
            }
            Arrays.sort(scores, 0, count);
            double zMean = zSum / count;
            double spread = scores[count - 1] - scores[0];
            results.add(new EntryResult(entry, sum / count, zMean, overallMean + zMean * overallSd,
                    median(scores, count), count, watched / count, spread, spread > disagreementThreshold));
            start = end;
        }
        return results;
    }

    /** Indices of the cards sorted by film (then by position), without boxing: film id and index packed in a long. */
    private static int[] byFilm(CardColumns cards) {
        int n = cards.size;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            if (cards.entry[i] >= 1L << 40 || n >= 1 << 23) {
                throw new IllegalStateException("Too many scorecards or too large a film id to group");
            }
            keys[i] = cards.entry[i] << 23 | i;
        }
        Arrays.sort(keys);
        int[] order = new int[n];
        for (int k = 0; k < n; k++) {
            order[k] = (int) (keys[k] & ((1 << 23) - 1));
        }
        return order;
    }

    static double median(double[] sorted, int n) {
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
