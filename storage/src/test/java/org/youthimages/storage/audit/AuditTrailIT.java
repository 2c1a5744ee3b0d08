package org.youthimages.storage.audit;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.screening.EligibilityDecisions;
import org.youthimages.storage.testing.JudgingScenario;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Organisers read and export the audit log, filtered. */
@MicronautTest(transactional = false)
class AuditTrailIT {

    @Inject ApplicationContext context;
    @Inject AuditTrail trail;
    @Inject EligibilityDecisions decisions;

    @Test
    void filtersByEditionActionSubjectAndActorAndExportsWhatItShows() {
        JudgingScenario scenario = JudgingScenario.create(context);
        Entry first = scenario.film("First");
        Entry second = scenario.film("Second");
        decisions.decide(scenario.organiser(), List.of(first.id(), second.id()),
                org.youthimages.storage.entry.Entry.Eligibility.NEEDS_FIX, "=cmd|' /C calc'!A0");
        long edition = scenario.edition().id();

        AuditTrail.Filter eligibility = new AuditTrail.Filter(edition, "entry", null, "organiser", null, null);
        assertThat(trail.count(scenario.organiser(), eligibility)).isEqualTo(2);
        assertThat(trail.page(scenario.organiser(), new AuditTrail.Filter(edition, null, "entry:" + second.id(), null,
                null, null), 0, 10)).singleElement().satisfies(e -> assertThat(e.action()).isEqualTo("entry.eligibility"));
        assertThat(trail.count(scenario.organiser(), new AuditTrail.Filter(edition, "award", null, null, null, null)))
                .isZero();

        StringBuilder csv = new StringBuilder();
        trail.writeCsv(scenario.organiser(), eligibility, csv);

        assertThat(csv.toString().lines()).hasSize(3);
        assertThat(csv.toString()).contains("entry.eligibility", scenario.organiser().email());
        assertThat(trail.count(scenario.organiser(), new AuditTrail.Filter(edition, "audit.export", null, null, null,
                null))).isEqualTo(1);
    }
}
