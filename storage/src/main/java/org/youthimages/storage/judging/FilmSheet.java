package org.youthimages.storage.judging;

import io.micronaut.core.annotation.Nullable;
import org.youthimages.storage.entry.MediaAsset;
import org.youthimages.storage.entry.PosterSize;

import java.util.List;
import java.util.Optional;

/**
 * What a juror sees of a film: its details, and the media the player may use. In a blind round {@code entrant}
 * is null: no name, email, date of birth, school, guardian or team names ever reach the juror's page.
 *
 * @param country the entrant's country of residence, unless the round hides it
 */
public record FilmSheet(long assignmentId, long roundId, String roundName, String reference, String title,
                        String synopsis, @Nullable String category, @Nullable String originalLanguage,
                        @Nullable String subtitleLanguage, @Nullable Long durationMs, List<String> themes,
                        @Nullable String country, @Nullable String footage, String footageDetails,
                        @Nullable Entrant entrant, boolean blind, int watchThresholdPercent, List<Media> media) {

    public FilmSheet {
        themes = List.copyOf(themes);
        media = List.copyOf(media);
    }

    /** Only in rounds that are not blind: who made the film, as a juror needs to know it (never contact details). */
    public record Entrant(String name, @Nullable String organisation, List<String> team) {
    }

    /** A file the player may use: renditions, posters, storyboard, subtitles. Never the original upload. */
    public record Media(long assetId, MediaAsset.Kind kind, String label, String contentType, @Nullable Integer width,
                        @Nullable Integer height, @Nullable Long bitrate) {
    }

    public List<Media> media(MediaAsset.Kind kind) {
        return media.stream().filter(m -> m.kind() == kind).toList();
    }

    /** The smallest poster at least {@code width} wide, or the largest there is. */
    public Optional<Media> poster(int width) {
        return PosterSize.closest(media(MediaAsset.Kind.POSTER), Media::width, width);
    }
}
