package org.youthimages.storage.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns a round's submitted scorecards into one result per film. */
public final class RoundResults {

    private RoundResults() {
    }

    public static List<EntryResult> of(List<CardScore> cards, double disagreementThreshold) {
        Map<Long, Double> z = JurorNormalisation.zScores(cards);
        double overallMean = cards.stream().mapToDouble(CardScore::score).average().orElse(0);
        double overallSd = Math.sqrt(cards.stream()
                .mapToDouble(c -> (c.score() - overallMean) * (c.score() - overallMean)).average().orElse(0));
        Map<Long, List<CardScore>> byEntry = new HashMap<>();
        cards.forEach(c -> byEntry.computeIfAbsent(c.entryId(), k -> new ArrayList<>()).add(c));
        List<EntryResult> results = new ArrayList<>(byEntry.size());
        byEntry.forEach((entry, own) -> {
            double[] scores = own.stream().mapToDouble(CardScore::score).sorted().toArray();
            double mean = Arrays.stream(scores).average().orElse(0);
            double zMean = own.stream().mapToDouble(c -> z.get(c.scorecardId())).average().orElse(0);
            double spread = scores[scores.length - 1] - scores[0];
            results.add(new EntryResult(entry, mean, zMean, overallMean + zMean * overallSd, median(scores),
                    scores.length, own.stream().mapToDouble(CardScore::watchedPercent).average().orElse(0), spread,
                    spread > disagreementThreshold));
        });
        return results;
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
