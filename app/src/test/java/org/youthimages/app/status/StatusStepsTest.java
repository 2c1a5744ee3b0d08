package org.youthimages.app.status;

import org.junit.jupiter.api.Test;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.Person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StatusStepsTest {

    private static final Edition EDITION = new Edition(1L, "e", "Edition", 2027, "", "", Edition.State.LIVE,
            "Europe/Zurich", Instant.now().minusSeconds(60), Instant.now().plusSeconds(3600), 60, 300, 5, 1000, 240,
            LocalDate.of(2027, 6, 30), null, null, false, null, null);

    @Test
    void aMinorsReadyFilmWaitsForTheGuardianBeforeEligibility() {
        Person guardian = person(Person.Role.GUARDIAN, null);

        List<StatusSteps.Step> steps = StatusSteps.of(status(Entry.Status.READY, Entry.Eligibility.PENDING, guardian,
                false, List.of()));

        assertThat(steps).extracting(StatusSteps.Step::key).containsExactly("step.details", "step.upload.done",
                "step.ready", "step.guardian.pending", "step.eligibility.guardian");
        assertThat(steps.get(3).state()).isEqualTo(StatusSteps.State.CURRENT);
    }

    @Test
    void anEligibleShortlistedFilmShowsItsPublishedAwards() {
        Person guardian = person(Person.Role.GUARDIAN, Instant.now());

        List<StatusSteps.Step> steps = StatusSteps.of(status(Entry.Status.READY, Entry.Eligibility.ELIGIBLE, guardian,
                true, List.of("13 to 17", "Combating xenophobia")));

        assertThat(steps).extracting(StatusSteps.Step::key).containsExactly("step.details", "step.upload.done",
                "step.ready", "step.guardian.done", "step.eligibility.eligible", "step.shortlisted", "step.award",
                "step.award");
        assertThat(steps.getLast().argument()).isEqualTo("Combating xenophobia");
    }

    @Test
    void aRefusedFilmAndARequestedFixAreProblems() {
        List<StatusSteps.Step> steps = StatusSteps.of(status(Entry.Status.REJECTED, Entry.Eligibility.NEEDS_FIX, null,
                false, List.of()));

        assertThat(steps).filteredOn(s -> s.state() == StatusSteps.State.PROBLEM)
                .extracting(StatusSteps.Step::key).containsExactly("step.rejected", "step.eligibility.fix");
    }

    @Test
    void aWithdrawnEntryShowsOnlyItsWithdrawalWhateverItsFilmWasDoing() {
        EntryStatus withdrawn = status(Entry.Status.PROCESSING, Entry.Eligibility.WITHDRAWN, null, false, List.of());

        List<StatusSteps.Step> steps = StatusSteps.of(withdrawn);

        assertThat(steps).extracting(StatusSteps.Step::key).containsExactly("step.details", "step.withdrawn");
        assertThat(withdrawn.processing()).as("a withdrawn film's page does not poll for progress").isFalse();
    }

    private static EntryStatus status(Entry.Status status, Entry.Eligibility eligibility, Person guardian,
                                      boolean shortlisted, List<String> awards) {
        Entry entry = new Entry(1L, 1L, "YI-2027-ABCDE", "h", "en", "Title", "", "en", null, null, null, null, null,
                "", Entry.Footage.NONE, "", null, status, status == Entry.Status.REJECTED ? "TOO_LONG" : null, null,
                eligibility, eligibility == Entry.Eligibility.NEEDS_FIX ? "subtitles missing" : null, null, null, null,
                null);
        return new EntryStatus(entry, EDITION, person(Person.Role.ENTRANT, null), guardian, List.of(), null, null, null,
                null, shortlisted, awards, null, "18 to 25", "Migration", null, List.of(),
                eligibility == Entry.Eligibility.WITHDRAWN ? Instant.now() : null, null);
    }

    private static Person person(Person.Role role, Instant confirmedAt) {
        return new Person(1L, 1L, role, "Name", "", "a@example.org", LocalDate.of(2010, 1, 1), null, "CH", null,
                role == Person.Role.GUARDIAN ? "PARENT" : null, null, null, confirmedAt, null);
    }
}
