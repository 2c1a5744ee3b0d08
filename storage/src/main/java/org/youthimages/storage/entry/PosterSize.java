package org.youthimages.storage.entry;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;

/** Which of a film's posters to show in a space {@code wanted} pixels wide: sharp enough, and no larger than needed. */
public final class PosterSize {

    private PosterSize() {
    }

    /**
     * The smallest poster at least {@code wanted} wide, or the largest there is.
     *
     * @param width a poster's width, null when not known (counted as 0)
     */
    public static <T> Optional<T> closest(Collection<T> posters, Function<T, Integer> width, int wanted) {
        Comparator<T> byWidth = Comparator.comparingInt(p -> width.apply(p) == null ? 0 : width.apply(p));
        return posters.stream().filter(p -> width.apply(p) != null && width.apply(p) >= wanted).min(byWidth)
                .or(() -> posters.stream().max(byWidth));
    }
}
