package org.youthimages.storage.entry;

import io.micronaut.core.annotation.Nullable;

/** A film's length as people read it in lists and programmes: minutes and seconds. */
public final class FilmLength {

    private FilmLength() {
    }

    /** 95 000 ms → "1:35"; empty when the length is not known. */
    public static String of(@Nullable Long millis) {
        if (millis == null) {
            return "";
        }
        long seconds = Math.round(millis / 1000.0);
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }
}
