package org.youthimages.storage.entry;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PosterSizeTest {

    private record Poster(String name, Integer width) {
    }

    private static final Poster SMALL = new Poster("small", 320);
    private static final Poster MEDIUM = new Poster("medium", 640);
    private static final Poster LARGE = new Poster("large", 1280);

    @Test
    void takesTheSmallestPosterThatIsWideEnough() {
        assertThat(PosterSize.closest(List.of(LARGE, SMALL, MEDIUM), Poster::width, 500)).contains(MEDIUM);
        assertThat(PosterSize.closest(List.of(LARGE, SMALL, MEDIUM), Poster::width, 640)).contains(MEDIUM);
        assertThat(PosterSize.closest(List.of(LARGE, SMALL, MEDIUM), Poster::width, 100)).contains(SMALL);
    }

    @Test
    void takesTheLargestWhenNoneIsWideEnough() {
        assertThat(PosterSize.closest(List.of(SMALL, LARGE, MEDIUM), Poster::width, 1920)).contains(LARGE);
    }

    @Test
    void aPosterOfUnknownWidthIsTakenOnlyWhenThereIsNothingElse() {
        Poster unknown = new Poster("unknown", null);
        assertThat(PosterSize.closest(Arrays.asList(unknown, SMALL), Poster::width, 640)).contains(SMALL);
        assertThat(PosterSize.closest(List.of(unknown), Poster::width, 640)).contains(unknown);
        assertThat(PosterSize.closest(List.<Poster>of(), Poster::width, 640)).isEmpty();
    }
}
