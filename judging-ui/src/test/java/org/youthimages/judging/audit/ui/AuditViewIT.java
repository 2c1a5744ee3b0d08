package org.youthimages.judging.audit.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthimages.judging.testing.ViewTesting;
import org.youthimages.storage.audit.AuditEvent;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.screening.EligibilityDecisions;
import org.youthimages.storage.testing.JudgingScenario;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit log screen: filtered, and exported as it is shown. */
@MicronautTest(transactional = false)
@Property(name = "yi.judging.enabled", value = "false")
class AuditViewIT {

    @Inject ApplicationContext context;
    @Inject EligibilityDecisions decisions;

    private JudgingScenario scenario;
    private Entry film;

    @BeforeEach
    void aDecision() {
        scenario = JudgingScenario.create(context);
        film = scenario.pending(scenario.film("Audited"));
        decisions.decide(scenario.organiser(), List.of(film.id()), Entry.Eligibility.NEEDS_FIX, "Add subtitles");
        ViewTesting.start(context);
        ViewTesting.signIn(scenario.organiser());
    }

    @AfterEach
    void stop() {
        ViewTesting.stop();
    }

    @Test
    void showsWhoDecidedWhatWithTheStateBeforeAndAfterAndExportsIt() {
        AuditView view = (AuditView) ViewTesting.navigate("organiser/audit");
        view.edition.setValue(Optional.of(scenario.edition()));
        ViewTesting.userSets(view.action, "entry");

        List<AuditEvent> shown = GridKt._findAll(view.grid);

        assertThat(shown).singleElement().satisfies(e -> {
            assertThat(e.actorLabel()).isEqualTo(scenario.organiser().email());
            assertThat(e.before()).contains("PENDING");
            assertThat(e.after()).contains("NEEDS_FIX", "Add subtitles");
        });
        String csv = view.export.contentAsText();
        assertThat(csv.lines()).hasSize(2);
        assertThat(csv).contains("entry.eligibility", "entry", film.id().toString());
        ViewTesting.userSets(view.action, "award");
        assertThat(GridKt._size(view.grid)).isZero();
    }
}
