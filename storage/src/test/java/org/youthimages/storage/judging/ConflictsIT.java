package org.youthimages.storage.judging;

import org.youthimages.storage.decision.Refused;
import org.youthimages.storage.assignment.AssignmentChanges;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthimages.storage.account.AccessDeniedException;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.mail.OutboundEmail;
import org.youthimages.storage.mail.OutboundEmailRepository;
import org.youthimages.storage.testing.JudgingScenario;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
class ConflictsIT {

    @Inject ApplicationContext context;
    @Inject Conflicts conflicts;
    @Inject JudgingQueue queue;
    @Inject AssignmentChanges assignments;
    @Inject FilmDetails details;
    @Inject OutboundEmailRepository emails;

    private JudgingScenario scenario;
    private ActingAccount juror;
    private Entry known;
    private long assignment;

    @BeforeEach
    void twoFilms() {
        scenario = JudgingScenario.create(context);
        juror = scenario.juror("Carla Juror");
        known = scenario.film("My cousin's film");
        scenario.assign(List.of(known, scenario.film("Stranger's film")), juror);
        assignment = queue.queue(juror, scenario.round().id(), QueueFilter.ALL, 0, 10).stream()
                .filter(item -> item.entryId() == known.id()).findFirst().orElseThrow().assignmentId();
    }

    @Test
    void aDeclaredConflictRemovesTheFilmFromTheJurorsQueueAtOnce() {
        conflicts.declare(juror, assignment, "The director is my cousin");

        assertThat(queue.queue(juror, scenario.round().id(), QueueFilter.ALL, 0, 10))
                .extracting(QueueItem::title).containsExactly("Stranger's film");
        assertThatThrownBy(() -> details.film(juror, assignment)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aReasonPastedWithAControlCharacterIsSentWithoutIt() {
        conflicts.declare(juror, assignment, "The director\u0000 is my cousin\r\n");

        assertThat(emails.findByRecipientAndKindOrderById(scenario.organiser().email(), "CONFLICT_DECLARED"))
                .singleElement().satisfies(e -> assertThat(e.bodyText()).contains("The director is my cousin"));
    }

    @Test
    void tellsEveryOrganiserByEmailSoTheyReassignTheFilm() {
        conflicts.declare(juror, assignment, "The director is my cousin");

        List<OutboundEmail> sent = emails.findByRecipientAndKindOrderById(scenario.organiser().email(),
                "CONFLICT_DECLARED");
        assertThat(sent).hasSize(1);
        assertThat(sent.getFirst().subject()).contains("Carla Juror").contains(known.reference());
        assertThat(sent.getFirst().bodyText()).contains("The director is my cousin")
                .contains("/organiser/rounds/" + scenario.round().id());
        assertThat(conflicts.forEdition(scenario.organiser(), scenario.edition().id()))
                .extracting(Conflicts.Declared::juror, Conflicts.Declared::source)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Carla Juror", "DECLARED"));
    }

    @Test
    void theFilmIsNeverAssignedToThatJurorAgain() {
        conflicts.declare(juror, assignment, "");

        assertThatThrownBy(() -> assignments.assign(scenario.organiser(), scenario.round().id(), known.id(),
                juror.id())).isInstanceOf(Refused.class).hasMessageContaining("conflict of interest");

        assertThat(queue.queue(juror, scenario.round().id(), QueueFilter.ALL, 0, 100))
                .extracting(QueueItem::entryId).doesNotContain(known.id());
    }

    @Test
    void onlyOrganisersSeeTheConflicts() {
        assertThatThrownBy(() -> conflicts.forEdition(juror, scenario.edition().id()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
