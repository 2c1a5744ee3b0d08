package org.youthimages.judging.screening.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.textfield.TextArea;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthimages.judging.testing.ViewTesting;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.EntryRepository;
import org.youthimages.storage.screening.Check;
import org.youthimages.storage.screening.ScreeningRow;
import org.youthimages.storage.testing.JudgingScenario;

import static org.assertj.core.api.Assertions.assertThat;

/** The screening queue and its decisions, without a browser. */
@MicronautTest(transactional = false)
@Property(name = "yi.judging.enabled", value = "false")
class ScreeningViewIT {

    @Inject ApplicationContext context;
    @Inject EntryRepository entries;

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
        assertThat(view.filter.getItemLabelGenerator().apply(view.filter.getValue())).isEqualTo("To decide (2)");
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
        assertThat(ViewTesting.notifications()).contains("Decision recorded for 1 entries.");
    }
}
