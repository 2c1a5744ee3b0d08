package org.youthimages.judging.film.ui;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.dom.Element;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthimages.judging.base.ui.NotAvailableView;
import org.youthimages.judging.testing.ViewTesting;
import org.youthimages.storage.account.AccountRepository;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.MediaAsset;
import org.youthimages.storage.entry.MediaAssetRepository;
import org.youthimages.storage.judging.JudgingQueue;
import org.youthimages.storage.judging.QueueFilter;
import org.youthimages.storage.judging.QueueItem;
import org.youthimages.storage.judging.WatchTime;
import org.youthimages.storage.mail.OutboundEmailRepository;
import org.youthimages.storage.objects.ObjectKeys;
import org.youthimages.storage.testing.JudgingScenario;

import java.util.ArrayList;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;

/** The film screen driven without a browser: details, player, previous / next, watch time and conflicts. */
@MicronautTest(transactional = false)
@Property(name = "yi.judging.enabled", value = "false")
class FilmScreenIT {

    @Inject ApplicationContext context;
    @Inject JudgingQueue queue;
    @Inject WatchTime watchTime;
    @Inject MediaAssetRepository media;
    @Inject AccountRepository accounts;
    @Inject OutboundEmailRepository emails;

    private JudgingScenario scenario;
    private ActingAccount juror;
    private List<QueueItem> items;

    @BeforeEach
    void threeFilms() {
        scenario = JudgingScenario.create(context);
        juror = scenario.juror("Fay Film");
        List<Entry> films = new ArrayList<>(scenario.films(2));
        films.add(scenario.film("Young one", "UP_TO_12", "PE"));
        films.forEach(this::withMedia);
        scenario.assign(films, juror);
        items = queue.queue(juror, scenario.round().id(), QueueFilter.ALL, 0, 10);
        ViewTesting.start(context);
        ViewTesting.signIn(juror);
    }

    @AfterEach
    void stop() {
        ViewTesting.stop();
    }

    @Test
    void showsTheFilmsDetailsBesideThePlayerAndNoPersonalDataInABlindRound() {
        FilmView view = open(items.getFirst());
        String text = ViewTesting.allText(view);

        assertThat(text).contains(items.getFirst().title(), "A synopsis of",
                "Migration, Diversity", "Swahili");
        assertThat(text).containsAnyOf("Kenya", "Peru");
        assertThat(text).doesNotContain("Amani", "Wanjiru", "Baraka", "Nairobi", "@example.org", "2011");
    }

    @Test
    void aRoundThatIsNotBlindNamesTheFilmMakers() {
        scenario.blind(false, false);

        String text = ViewTesting.allText(open(items.getFirst()));

        assertThat(text).contains("Amani Wanjiru", "Nairobi Hill School", "Baraka Otieno (camera)")
                .doesNotContain("Kenya", "@example.org");
    }

    @Test
    void givesThePlayerTheRenditionsPosterSubtitlesAndStoryboardThroughTheJudgingServer() {
        FilmView view = open(items.getFirst());
        Element video = view.player.getElement().getChild(0).getChild(0);

        assertThat(video.getTag()).isEqualTo("video");
        assertThat(video.getAttribute("poster")).startsWith("/media/" + items.getFirst().assignmentId() + "/");
        assertThat(video.getChildren()).singleElement().satisfies(track -> {
            assertThat(track.getAttribute("kind")).isEqualTo("subtitles");
            assertThat(track.getAttribute("srclang")).isEqualTo("en");
            assertThat(track.getAttribute("src")).startsWith("/media/" + items.getFirst().assignmentId() + "/");
        });
        assertThat(view.player.getElement().getAttribute("data-renditions")).isEqualTo("2");
        assertThat(view.player.quality.getListDataView().getItems()).containsExactly("auto", "720p", "360p");
    }

    @Test
    void goesToThePreviousAndNextFilmWithinTheFilteredQueue() {
        FilmView first = open(items.getFirst());
        assertThat(first.previous.isEnabled()).isFalse();

        _click(first.next);
        assertThat(ViewTesting.currentPath()).isEqualTo("film/" + items.get(1).assignmentId());
        FilmView second = (FilmView) ViewTesting.currentView();
        _click(second.previous);

        assertThat(ViewTesting.currentPath()).isEqualTo("film/" + items.getFirst().assignmentId());
        assertThat(queue.remembered(juror, scenario.round().id())).contains(items.getFirst().assignmentId());
    }

    @Test
    void recordsWhatThePlayerReportsAsPlayedAndShowsTheWatchedShare() {
        FilmView view = open(items.getFirst());

        view.player.played("0.00,47.50", 95);

        assertThat(watchTime.watched(juror, items.getFirst().assignmentId())).isBetween(new java.math.BigDecimal("50"),
                new java.math.BigDecimal("51"));
        assertThat(ViewTesting.allText(view.form)).contains("Watched: 50 % of the film");
    }

    @Test
    void theLowBandwidthSettingSticksToTheAccount() {
        FilmView view = open(items.getFirst());

        ViewTesting.userSets(view.player.lowBandwidth, true);

        assertThat(accounts.findById(juror.id()).orElseThrow().lowBandwidth()).isTrue();
        assertThat(open(items.get(1)).player.lowBandwidth.getValue()).isTrue();
    }

    @Test
    void declaringAConflictRemovesTheFilmTellsTheOrganisersAndMovesOn() {
        FilmView view = open(items.getFirst());

        _click(view.conflict);
        ConflictDialog dialog = LocatorJ._get(ConflictDialog.class);
        ViewTesting.userSets(dialog.reason, "She is my neighbour");
        _click(dialog.declare);

        assertThat(ViewTesting.currentPath()).isEqualTo("film/" + items.get(1).assignmentId());
        assertThat(queue.count(juror, scenario.round().id(), QueueFilter.ALL)).isEqualTo(2);
        assertThat(emails.findByRecipientAndKindOrderById(scenario.organiser().email(), "CONFLICT_DECLARED"))
                .singleElement().satisfies(email -> assertThat(email.bodyText()).contains("She is my neighbour"));
        assertThat(ViewTesting.navigate("film/" + items.getFirst().assignmentId())).isInstanceOf(NotAvailableView.class);
    }

    @Test
    void backToTheQueueKeepsTheFilter() {
        long youngest = queue.categories(juror, scenario.round().id()).stream()
                .filter(c -> c.name().equals("Up to 12")).findFirst().orElseThrow().ageCategoryId();
        QueueItem young = items.stream().filter(i -> i.title().equals("Young one")).findFirst().orElseThrow();

        FilmView view = (FilmView) ViewTesting.navigate("film/" + young.assignmentId() + "?category=" + youngest);

        assertThat(view.next.isEnabled()).isFalse();
        assertThat(view.previous.isEnabled()).isFalse();
        assertThat(ViewTesting.allText(view)).contains("Film 1 of 1");
        ViewTesting.navigate("judging/" + scenario.round().id() + "?category=" + youngest);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._findAll(LocatorJ._get(
                com.vaadin.flow.component.grid.Grid.class))).hasSize(1);
    }

    private FilmView open(QueueItem item) {
        return (FilmView) ViewTesting.navigate("film/" + item.assignmentId());
    }

    private void withMedia(Entry film) {
        for (String label : List.of("360p", "720p")) {
            int height = Integer.parseInt(label.replace("p", ""));
            media.save(new MediaAsset(null, film.id(), MediaAsset.Kind.RENDITION, label,
                    ObjectKeys.rendition(film.reference(), label), "video/mp4", 1000, null, height * 16 / 9, height,
                    95_000L, height * 1000L, null, null));
        }
        media.save(new MediaAsset(null, film.id(), MediaAsset.Kind.POSTER, "w640", ObjectKeys.poster(film.reference(),
                640), "image/jpeg", 100, null, 640, 360, null, null, null, null));
        media.save(new MediaAsset(null, film.id(), MediaAsset.Kind.SUBTITLE, "en",
                ObjectKeys.subtitles(film.reference(), "en"), "text/vtt", 100, null, null, null, null, null, null, null));
        media.save(new MediaAsset(null, film.id(), MediaAsset.Kind.ORIGINAL, "",
                ObjectKeys.original(film.reference(), "u1"), "video/quicktime", 100, null, null, null, null, null,
                null, null));
    }
}
