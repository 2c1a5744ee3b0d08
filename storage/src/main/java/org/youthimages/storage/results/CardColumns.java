package org.youthimages.storage.results;

import java.util.Arrays;
import java.util.List;

/**
 * A round's submitted scorecards, column by column in primitive arrays: a leaderboard of 10,000 films reads 50,000
 * of them, and an object per scorecard (or per column value) would cost more than the arithmetic.
 */
public final class CardColumns {

    long[] scorecard = new long[1024];
    long[] entry = new long[1024];
    long[] juror = new long[1024];
    /** The film's age category; {@link #NO_CATEGORY} when it has none. */
    long[] category = new long[1024];
    double[] score = new double[1024];
    double[] watched = new double[1024];
    int size;

    public static final long NO_CATEGORY = -1;

    public void add(long scorecardId, long entryId, long jurorId, long categoryId, double cardScore,
                    double watchedPercent) {
        if (size == scorecard.length) {
            int grown = size * 2;
            scorecard = Arrays.copyOf(scorecard, grown);
            entry = Arrays.copyOf(entry, grown);
            juror = Arrays.copyOf(juror, grown);
            category = Arrays.copyOf(category, grown);
            score = Arrays.copyOf(score, grown);
            watched = Arrays.copyOf(watched, grown);
        }
        scorecard[size] = scorecardId;
        entry[size] = entryId;
        juror[size] = jurorId;
        category[size] = categoryId;
        score[size] = cardScore;
        watched[size] = watchedPercent;
        size++;
    }

    public static CardColumns of(List<CardScore> cards) {
        CardColumns columns = new CardColumns();
        cards.forEach(c -> columns.add(c.scorecardId(), c.entryId(), c.jurorId(), NO_CATEGORY, c.score(),
                c.watchedPercent()));
        return columns;
    }

    public int size() {
        return size;
    }
}
