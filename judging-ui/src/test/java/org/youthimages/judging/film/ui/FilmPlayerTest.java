package org.youthimages.judging.film.ui;

import org.junit.jupiter.api.Test;
import org.youthimages.storage.judging.PlayedRange;

import static org.assertj.core.api.Assertions.assertThat;

class FilmPlayerTest {

    @Test
    void readsThePlayedRangesThePageReportsAndIgnoresNonsense() {
        assertThat(FilmPlayer.parseRanges("0.00,12.50;30.00,45.25"))
                .containsExactly(new PlayedRange(0, 12.5), new PlayedRange(30, 45.25));
        assertThat(FilmPlayer.parseRanges("5,2;x,3;NaN,4;7,9")).containsExactly(new PlayedRange(7, 9));
        assertThat(FilmPlayer.parseRanges("")).isEmpty();
        assertThat(FilmPlayer.parseRanges(null)).isEmpty();
    }
}
