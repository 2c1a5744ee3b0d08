package org.youthimages.judging.screening.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthimages.judging.film.media.MediaLinks;
import org.youthimages.judging.testing.ViewTesting;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.EntryRepository;
import org.youthimages.storage.entry.MediaAsset;
import org.youthimages.storage.entry.MediaAssetRepository;
import org.youthimages.storage.screening.Check;
import org.youthimages.storage.screening.ScreeningQueue;
import org.youthimages.storage.screening.ScreeningRow;
import org.youthimages.storage.testing.JudgingScenario;
import org.youthimages.storage.withdrawal.EntryWithdrawals;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The screening queue and its decisions, without a browser. */
@MicronautTest(transactional = false)
@Property(name = "yi.judging.enabled", value = "false")
class ScreeningViewIT {

    @Inject ApplicationContext context;
    @Inject EntryRepository entries;
    @Inject MediaAssetRepository media;

    private JudgingScenario scenario;
    private Entry clean;
    private Entry tooLong;

    @BeforeEach
    void twoEntriesToDecide() {
        scenario = JudgingScenario.create(context);
        clean = scenario.pending(scenario.film("Clean"));
        tooLong = scenario.pending(scenario.film("Too long", "AGE_13_17", "KE", 900_000L));
        ViewTesting.start(context);
        ViewTesting.signIn(scenario.organiser());
        org.youthimages.judging.base.ui.EditionChoice.remember(scenario.edition().id());
    }

    @AfterEach
    void stop() {
        ViewTesting.stop();
    }

    @Test
    void showsEachEntrysChecksAsPassOrFailWithWhatWasFound() {
        ScreeningView view = (ScreeningView) ViewTesting.navigate("organiser/screening");

        assertThat(GridKt._findAll(view.grid)).extracting(ScreeningRow::title).containsExactly("Clean", "Too long");
        ScreeningRow row = GridKt._get(view.grid, 1);
        Check length = row.checks().stream().filter(c -> c.rule() == Check.Rule.LENGTH).findFirst().orElseThrow();
        assertThat(length.outcome()).isEqualTo(Check.Outcome.FAIL);
        assertThat(view.detail(length)).isEqualTo("900 seconds: longer than 300 seconds");
        assertThat(view.checks(row).getChildren().map(Badge.class::cast)
                .map(badge -> badge.getText() + ": " + badge.getIcon().getElement().getAttribute("aria-label")))
                .as("pass or fail told by a named mark, not by colour alone")
                .contains("Length: fails", "Team: passes");
        assertThat(view.filter.getItemLabelGenerator().apply(view.filter.getValue())).isEqualTo("To decide (2)");
    }

    @Test
    void downloadsTheEntriesTheFilterShows() {
        ScreeningView view = (ScreeningView) ViewTesting.navigate("organiser/screening");

        String csv = view.export.contentAsText();

        assertThat(csv.lines().skip(1).map(line -> line.split(",")[0]))
                .containsExactly(clean.reference(), tooLong.reference());
        assertThat(csv.lines().filter(line -> line.startsWith(tooLong.reference())).findFirst().orElseThrow())
                .contains(",KE,").contains(",pending,");
    }

    @Test
    void openingARowShowsTheFilmWithItsSubtitlesAndTheEntrantsOwnWordsOnIt() {
        MediaAsset small = asset(clean, MediaAsset.Kind.RENDITION, "360p", 360);
        asset(clean, MediaAsset.Kind.RENDITION, "1080p", 1080);
        MediaAsset french = asset(clean, MediaAsset.Kind.SUBTITLE, "fr", null);
        asset(clean, MediaAsset.Kind.ORIGINAL, "", null);
        Entry withStock = entries.update(withFootage(entries.findById(clean.id()).orElseThrow(),
                Entry.Footage.STOCK, "Harbour shots from the city archive", "Our school's film night"));
        ScreeningView view = (ScreeningView) ViewTesting.navigate("organiser/screening");

        Div details = view.details(GridKt._get(view.grid, 0));

        Element video = details.getElement().getChild(0).getChild(0);
        assertThat(video.getTag()).isEqualTo("video");
        assertThat(video.getChildren().map(e -> e.getTag() + " " + e.getAttribute("src")))
                .containsExactly("source " + MediaLinks.forScreening(clean.id(), small.id()),
                        "track " + MediaLinks.forScreening(clean.id(), french.id()));
        assertThat(video.getChild(1).getAttribute("label")).isEqualTo("French");
        assertThat(details.getElement().getTextRecursively()).contains(withStock.synopsis(),
                "Stock footage declared: Harbour shots from the city archive", "Our school's film night",
                "Subtitles — subtitle files: French",
                "Download the original (" + clean.reference() + "-film.mp4, 100 byte)");
    }

    @Test
    void aFilmNotYetProcessedSaysSoInsteadOfAPlayer() {
        ScreeningView view = (ScreeningView) ViewTesting.navigate("organiser/screening");

        Div details = view.details(GridKt._get(view.grid, 1));

        assertThat(details.getElement().getChild(0).getTextRecursively())
                .isEqualTo("The film is not ready to play yet.");
        assertThat(details.getElement().getTextRecursively()).contains("None declared", "Nowhere, says the entrant",
                "Subtitles — subtitles in the picture (English), as declared");
        assertThat(GridKt._getFormattedRow(view.grid, 1)).contains("Kenya");
    }

    @Test
    void marksTheSelectedEntryIneligibleWithItsReason() {
        ScreeningView view = (ScreeningView) ViewTesting.navigate("organiser/screening");
        GridKt._select(view.grid, GridKt._get(view.grid, 1));

        LocatorJ._click(view.ineligible);
        ViewTesting.userSets(LocatorJ._get(TextArea.class, spec -> spec.withLabel("Reason")),
                "Your film is 15 minutes long; the rules allow 5.");
        ViewTesting.click("Mark ineligible and tell the entrants");

        assertThat(entries.findById(tooLong.id()).orElseThrow().eligibility()).isEqualTo(Entry.Eligibility.INELIGIBLE);
        assertThat(entries.findById(tooLong.id()).orElseThrow().eligibilityReason()).contains("the rules allow 5");
        assertThat(GridKt._findAll(view.grid)).extracting(ScreeningRow::title).containsExactly("Clean");
    }

    @Test
    void theBulkActionAcceptsTheEntriesWhoseChecksAllPass() {
        ScreeningView view = (ScreeningView) ViewTesting.navigate("organiser/screening");

        LocatorJ._click(view.acceptPassing);
        ViewTesting.confirm();

        assertThat(entries.findById(clean.id()).orElseThrow().eligibility()).isEqualTo(Entry.Eligibility.ELIGIBLE);
        assertThat(entries.findById(tooLong.id()).orElseThrow().eligibility()).isEqualTo(Entry.Eligibility.PENDING);
        assertThat(ViewTesting.notifications()).contains("Decision recorded for one entry.");
    }

    @Test
    void anEntryItsEntrantWithdrewIsListedApartWithTheirReasonAndStaysWithdrawn() {
        context.getBean(EntryWithdrawals.class).withdraw(tooLong.id(), "A friend in the film no longer agrees");
        ScreeningView view = (ScreeningView) ViewTesting.navigate("organiser/screening");
        assertThat(GridKt._findAll(view.grid)).extracting(ScreeningRow::title).containsExactly("Clean");

        view.filter.setValue(ScreeningQueue.Filter.WITHDRAWN);

        assertThat(view.filter.getItemLabelGenerator().apply(view.filter.getValue()))
                .isEqualTo("Withdrawn (1)");
        ScreeningRow row = GridKt._get(view.grid, 0);
        assertThat(row.title()).isEqualTo("Too long");
        assertThat(GridKt._getFormattedRow(view.grid, 0)).last().asString().contains("Badge[text='Withdrawn'");
        assertThat(view.checks(row).getComponentCount()).as("the deleted film's checks say nothing now").isZero();
        Div details = view.details(row);
        assertThat(details.getElement().getChild(0).getTextRecursively()).isEqualTo(
                "The entrant withdrew this entry and deleted its film. Their reason: A friend in the film no longer agrees");
        assertThat(details.getElement().getTextRecursively()).doesNotContain("Length —", "not ready to play");
        view.filter.setValue(ScreeningQueue.Filter.ALL);
        GridKt._select(view.grid, GridKt._findAll(view.grid).stream().filter(r -> r.entryId() == tooLong.id())
                .findFirst().orElseThrow());
        LocatorJ._click(view.eligible);
        assertThat(ViewTesting.notifications())
                .contains("Entry " + tooLong.reference() + " was withdrawn by its entrant: it stays withdrawn.");
        assertThat(entries.findById(tooLong.id()).orElseThrow().eligibility()).isEqualTo(Entry.Eligibility.WITHDRAWN);
    }

    @Test
    void theLinkInTheOrganisersEmailOpensTheWithdrawnEntriesOfItsEdition() {
        context.getBean(EntryWithdrawals.class).withdraw(tooLong.id(), "");
        org.youthimages.judging.base.ui.EditionChoice.remember(JudgingScenario.create(context).edition().id());

        ScreeningView view = (ScreeningView) ViewTesting.navigate(
                "organiser/screening?edition=" + scenario.edition().id() + "&show=WITHDRAWN");

        assertThat(view.edition.getValue().id()).isEqualTo(scenario.edition().id());
        assertThat(view.filter.getValue()).isEqualTo(ScreeningQueue.Filter.WITHDRAWN);
        assertThat(GridKt._findAll(view.grid)).extracting(ScreeningRow::title).containsExactly("Too long");
        assertThat(List.of(view.eligible, view.ineligible, view.needsFix, view.acceptPassing))
                .as("nothing can be decided on a withdrawn entry").noneMatch(Button::isVisible);

        view.filter.setValue(ScreeningQueue.Filter.ALL);

        assertThat(List.of(view.eligible, view.ineligible, view.needsFix, view.acceptPassing))
                .allMatch(Button::isVisible);
    }

    @Test
    void aLinkWithValuesItDoesNotKnowOpensTheScreenAsUsual() {
        ScreeningView view = (ScreeningView) ViewTesting.navigate("organiser/screening?edition=x&show=EVERYTHING");

        assertThat(view.edition.getValue().id()).isEqualTo(scenario.edition().id());
        assertThat(view.filter.getValue()).isEqualTo(ScreeningQueue.Filter.TO_DECIDE);
    }

    private MediaAsset asset(Entry film, MediaAsset.Kind kind, String label, Integer height) {
        return media.save(new MediaAsset(null, film.id(), kind, label, "test/" + film.id() + "/" + kind + label,
                kind == MediaAsset.Kind.SUBTITLE ? "text/vtt" : "video/mp4", 100, null,
                height == null ? null : height * 16 / 9, height, null, null, null, null));
    }

    private static Entry withFootage(Entry e, Entry.Footage footage, String details, String history) {
        return new Entry(e.id(), e.editionId(), e.reference(), e.statusTokenHash(), e.locale(), e.title(), e.synopsis(),
                e.originalLanguage(), e.subtitleLanguage(), e.completedOn(), e.mainThemeId(), e.secondaryThemeId(),
                e.specialRecognitionId(), history, footage, details, e.ageCategoryId(), e.status(),
                e.rejectionCode(), e.rejectionMessage(), e.eligibility(), e.eligibilityReason(), e.durationMs(),
                e.createdAt(), e.updatedAt(), e.personalDataErasedAt());
    }
}
