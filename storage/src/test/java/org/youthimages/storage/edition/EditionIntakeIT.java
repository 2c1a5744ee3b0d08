package org.youthimages.storage.edition;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.youthimages.storage.account.AccessDeniedException;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.sql.Jdbc;
import org.youthimages.storage.testing.JudgingScenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
class EditionIntakeIT {

    @Inject ApplicationContext context;
    @Inject EditionIntake intake;
    @Inject Jdbc jdbc;

    @Test
    void countsTheFilmsReceivedTheirCountriesAndTheEntriesStillWaitingForAFilm() {
        JudgingScenario scenario = JudgingScenario.create(context);
        scenario.film("Nairobi", "AGE_13_17", "KE");
        scenario.film("Mombasa", "AGE_13_17", "KE");
        scenario.film("Lima", "AGE_18_25", "PE");
        Entry waiting = scenario.film("Not yet uploaded", "AGE_18_25", "JO");
        jdbc.update("update entry set status = 'AWAITING_UPLOAD' where id = ?", waiting.id());
        JudgingScenario other = JudgingScenario.create(context);

        var counts = intake.byEdition(scenario.organiser());

        assertThat(counts.get(scenario.edition().id())).isEqualTo(new EditionIntake.Counts(3, 2, 1));
        assertThat(counts.getOrDefault(other.edition().id(), EditionIntake.NONE)).isEqualTo(EditionIntake.NONE);
    }

    @Test
    void isForOrganisersOnly() {
        JudgingScenario scenario = JudgingScenario.create(context);

        assertThatThrownBy(() -> intake.byEdition(scenario.juror("ana"))).isInstanceOf(AccessDeniedException.class);
    }
}
