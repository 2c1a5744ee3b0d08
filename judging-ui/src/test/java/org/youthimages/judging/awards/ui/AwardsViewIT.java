package org.youthimages.judging.awards.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthimages.judging.base.ui.Downloads;
import org.youthimages.judging.base.ui.EditionChoice;
import org.youthimages.judging.testing.ViewTesting;
import org.youthimages.storage.edition.Round;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.MediaAsset;
import org.youthimages.storage.entry.MediaAssetRepository;
import org.youthimages.storage.objects.ObjectStore;
import org.youthimages.storage.publication.PublicationRepository;
import org.youthimages.storage.results.Award;
import org.youthimages.storage.results.AwardDecisions;
import org.youthimages.storage.testing.JudgingScenario;
import org.youthimages.storage.testing.SampleWinners;

import static org.assertj.core.api.Assertions.assertThat;

/** Deciding awards with their reasons, and publishing the winners, without a browser. */
@MicronautTest(transactional = false)
@Property(name = "yi.judging.enabled", value = "false")
class AwardsViewIT {

    @Inject ApplicationContext context;
    @Inject PublicationRepository publications;

    private JudgingScenario scenario;
    private Entry film;

    @BeforeEach
    void anEligibleFilm() {
        scenario = JudgingScenario.create(context);
        film = scenario.film("Home is where");
        ViewTesting.start(context);
        ViewTesting.signIn(scenario.organiser());
        EditionChoice.remember(scenario.edition().id());
    }

    @AfterEach
    void stop() {
        ViewTesting.stop();
    }

    @Test
    void recordsTheCategorysDistinctionWithTheJurysReason() {
        AwardsView view = (AwardsView) ViewTesting.navigate("organiser/awards");
        assertThat(view.film.isRequiredIndicatorVisible()).as("the film, marked as needed as the reason is")
                .isEqualTo(view.reason.isRequiredIndicatorVisible()).isTrue();
        view.film.setValue(view.film.getListDataView().getItems().filter(r -> r.entryId() == film.id())
                .findFirst().orElseThrow());
        ViewTesting.userSets(view.reason, "A tender look at a family’s first winter");
        assertThat(view.screeningPackage.getChildren()).as("nothing to screen before an award").isEmpty();
        assertThat(view.publish.isEnabled()).as("nothing to publish before an award").isFalse();
        assertThat(view.publicationState.getText()).isEqualTo(
                "Not published. Decide the awards before publishing the winners.");

        LocatorJ._click(view.decide);

        assertThat(GridKt._findAll(view.grid)).singleElement().satisfies(line -> {
            assertThat(line.kind()).isEqualTo(Award.Kind.CATEGORY_DISTINCTION);
            assertThat(line.title()).isEqualTo("13 to 17");
            assertThat(line.reason()).isEqualTo("A tender look at a family’s first winter");
        });
        assertThat(view.publish.isEnabled()).isTrue();
        assertThat(view.publicationState.getText()).isEqualTo("Not published.");
        assertThat(view.reason.getValue()).as("emptied for the next award").isEmpty();
        assertThat(view.reason.isInvalid()).as("an emptied form is not shown as a mistake").isFalse();
        assertThat(view.film.isInvalid()).isFalse();
        Downloads.Link screening = (Downloads.Link) view.screeningPackage.getChildren().findFirst().orElseThrow();
        assertThat(screening.getText()).startsWith("Download the winners for a screening")
                .as("what the download weighs").endsWith("(ZIP, 1 film, 0 byte)");
        assertThat(screening.contentAsText()).as("a ZIP whose programme names the award in the organiser's words")
                .startsWith("PK").contains("programme.csv").contains("Distinction of its age category: 13 to 17");
        Downloads.Link programme = (Downloads.Link) view.screeningPackage.getChildren().skip(1).findFirst()
                .orElseThrow();
        assertThat(programme.contentAsText()).as("the programme alone")
                .startsWith("\uFEFFfolder,reference,title,awards").contains("Distinction of its age category: 13 to 17")
                .doesNotContain("PK");
    }

    @Test
    void listsWhatStandsInTheWayOfPublishingThenPublishesAndUnpublishes() {
        context.getBean(AwardDecisions.class).decide(scenario.organiser(), film.id(), Award.Kind.CATEGORY_DISTINCTION,
                null, "Brave");
        AwardsView view = (AwardsView) ViewTesting.navigate("organiser/awards");
        assertThat(ViewTesting.allText(view.problems)).contains(film.reference() + " “Home is where”: no poster yet");

        new SampleWinners(context).showable(film);
        ViewTesting.navigate("editions");
        view = (AwardsView) ViewTesting.navigate("organiser/awards");
        assertThat(ViewTesting.allText(view.problems)).isEmpty();
        LocatorJ._click(view.publish);
        ViewTesting.confirm();

        assertThat(publications.findByEditionIdAndUnpublishedAtIsNull(scenario.edition().id())).isPresent();
        assertThat(view.publicationState.getText()).startsWith("Published since");
        assertThat(view.unpublish.isVisible()).isTrue();

        LocatorJ._click(view.unpublish);
        assertThat(publications.findByEditionIdAndUnpublishedAtIsNull(scenario.edition().id())).isEmpty();
    }

    @Test
    void warnsBeforePublishingWhileARoundIsOpenAndEntriesAreNotScreened() {
        aShowableWinner();
        scenario.pending(scenario.film("Not yet screened"));
        scenario.pending(scenario.film("Nor this one"));
        AwardsView view = (AwardsView) ViewTesting.navigate("organiser/awards");

        LocatorJ._click(view.publish);

        ConfirmDialog dialog = LocatorJ._get(ConfirmDialog.class);
        String text = ViewTesting.allText(dialog);
        assertThat(text).contains("every entrant is emailed",
                "Still open to jurors: " + scenario.round().name() + ".", "Entries not yet screened: 2.");
        assertThat(publications.findByEditionIdAndUnpublishedAtIsNull(scenario.edition().id())).isEmpty();
    }

    @Test
    void asksToPublishWithoutWarningsOnceTheRoundsAreClosedAndEveryEntryScreened() {
        aShowableWinner();
        scenario.withState(Round.State.CLOSED, false);
        AwardsView view = (AwardsView) ViewTesting.navigate("organiser/awards");

        LocatorJ._click(view.publish);

        String text = ViewTesting.allText(LocatorJ._get(ConfirmDialog.class));
        assertThat(text).contains("every entrant is emailed").doesNotContain("Still open", "not yet screened");
    }

    @Test
    void aWinnersOriginalFileDownloadsFromTheListForTheScreening() {
        String key = "entries/" + film.reference() + "/original/awards-" + film.id();
        byte[] bytes = "the film as the entrant sent it".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        context.getBean(ObjectStore.class).put(key, new java.io.ByteArrayInputStream(bytes), bytes.length,
                "video/mp4");
        context.getBean(MediaAssetRepository.class).save(new MediaAsset(null, film.id(), MediaAsset.Kind.ORIGINAL, "",
                key, "video/mp4", bytes.length, null, null, null, null, null, null, null));
        aShowableWinner();

        AwardsView view = (AwardsView) ViewTesting.navigate("organiser/awards");
        Downloads.Link original = (Downloads.Link) GridKt._getCellComponent(view.grid, 0, "original");

        assertThat(original.getText()).isEqualTo("Download (31 byte)");
        assertThat(original.contentAsText()).isEqualTo("the film as the entrant sent it");
    }

    private void aShowableWinner() {
        context.getBean(AwardDecisions.class).decide(scenario.organiser(), film.id(), Award.Kind.CATEGORY_DISTINCTION,
                null, "Brave");
        new SampleWinners(context).showable(film);
    }
}
