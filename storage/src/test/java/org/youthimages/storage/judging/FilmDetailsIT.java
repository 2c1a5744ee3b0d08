package org.youthimages.storage.judging;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthimages.storage.account.AccessDeniedException;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.MediaAsset;
import org.youthimages.storage.entry.MediaAssetRepository;
import org.youthimages.storage.objects.ObjectKeys;
import org.youthimages.storage.testing.JudgingScenario;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
class FilmDetailsIT {

    @Inject ApplicationContext context;
    @Inject FilmDetails details;
    @Inject JudgingQueue queue;
    @Inject MediaAssetRepository media;

    private JudgingScenario scenario;
    private ActingAccount juror;
    private Entry film;
    private long assignment;

    @BeforeEach
    void oneFilmWithMedia() {
        scenario = JudgingScenario.create(context);
        juror = scenario.juror("Fiona Juror");
        film = scenario.film("Borderlands");
        for (MediaAsset.Kind kind : MediaAsset.Kind.values()) {
            media.save(asset(film, kind));
        }
        scenario.assign(List.of(film), juror);
        assignment = queue.queue(juror, scenario.round().id(), QueueFilter.ALL, 0, 1).getFirst().assignmentId();
    }

    @Test
    void showsTheFilmsDetailsBesideThePlayer() {
        FilmSheet sheet = details.film(juror, assignment);

        assertThat(sheet.title()).isEqualTo("Borderlands");
        assertThat(sheet.synopsis()).contains("Borderlands");
        assertThat(sheet.category()).isEqualTo("13 to 17");
        assertThat(sheet.originalLanguage()).isEqualTo("sw");
        assertThat(sheet.durationMs()).isEqualTo(95_000L);
        assertThat(sheet.themes()).containsExactly("Migration", "Diversity");
        assertThat(sheet.country()).isEqualTo("KE");
        assertThat(sheet.watchThresholdPercent()).isEqualTo(90);
    }

    @Test
    void aBlindRoundCarriesNoPersonalDataAtAll() {
        FilmSheet sheet = details.film(juror, assignment);

        assertThat(sheet.blind()).isTrue();
        assertThat(sheet.entrant()).isNull();
        assertThat(sheet.toString()).doesNotContain("Amani", "Wanjiru", "Baraka", "Grace", "Nairobi", "@example.org",
                "2011");
    }

    @Test
    void aRoundThatIsNotBlindShowsNamesButNeverContactDetailsOrGuardian() {
        scenario.blind(false, true);

        FilmSheet sheet = details.film(juror, assignment);

        assertThat(sheet.entrant().name()).isEqualTo("Amani Wanjiru");
        assertThat(sheet.entrant().organisation()).isEqualTo("Nairobi Hill School");
        assertThat(sheet.entrant().team()).containsExactly("Baraka Otieno (camera)");
        assertThat(sheet.toString()).doesNotContain("@example.org", "2011", "Grace");
    }

    @Test
    void hidesTheCountryWhenTheRoundSaysSo() {
        scenario.blind(true, false);

        assertThat(details.film(juror, assignment).country()).isNull();
    }

    @Test
    void offersTheTranscodedMediaButNeverTheOriginalUpload() {
        FilmSheet sheet = details.film(juror, assignment);

        assertThat(sheet.media()).extracting(FilmSheet.Media::kind).doesNotContain(MediaAsset.Kind.ORIGINAL)
                .contains(MediaAsset.Kind.RENDITION, MediaAsset.Kind.POSTER, MediaAsset.Kind.SUBTITLE,
                        MediaAsset.Kind.STORYBOARD, MediaAsset.Kind.STORYBOARD_VTT);
        long original = media.findByEntryIdAndKind(film.id(), MediaAsset.Kind.ORIGINAL).getFirst().id();
        assertThatThrownBy(() -> details.mediaAsset(juror, assignment, original))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void refusesMediaOfAnotherFilm() {
        Entry other = scenario.film("Other film");
        MediaAsset otherRendition = media.save(asset(other, MediaAsset.Kind.RENDITION));

        assertThatThrownBy(() -> details.mediaAsset(juror, assignment, otherRendition.id()))
                .isInstanceOf(AccessDeniedException.class);
        long mine = media.findByEntryIdAndKind(film.id(), MediaAsset.Kind.RENDITION).getFirst().id();
        assertThat(details.mediaAsset(juror, assignment, mine).entryId()).isEqualTo(film.id());
    }

    private static MediaAsset asset(Entry film, MediaAsset.Kind kind) {
        String key = switch (kind) {
            case ORIGINAL -> ObjectKeys.original(film.reference(), "upload1");
            case RENDITION -> ObjectKeys.rendition(film.reference(), "360p");
            case POSTER -> ObjectKeys.poster(film.reference(), 640);
            case STORYBOARD -> ObjectKeys.storyboardSprite(film.reference());
            case STORYBOARD_VTT -> ObjectKeys.storyboardTrack(film.reference());
            case SUBTITLE -> ObjectKeys.subtitles(film.reference(), "en");
        };
        String label = switch (kind) {
            case RENDITION -> "360p";
            case POSTER -> "w640";
            case SUBTITLE -> "en";
            default -> "";
        };
        return new MediaAsset(null, film.id(), kind, label, key, "application/octet-stream", 10, null, 640, 360,
                95_000L, null, null, null);
    }
}
