package org.youthimages.storage.screening;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthimages.storage.audit.AuditEventRepository;
import org.youthimages.storage.decision.Refused;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.edition.EditionRepository;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.EntryRepository;
import org.youthimages.storage.entry.MediaAsset;
import org.youthimages.storage.entry.MediaAssetRepository;
import org.youthimages.storage.entry.Person;
import org.youthimages.storage.entry.PersonRepository;
import org.youthimages.storage.testing.JudgingScenario;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The screening queue with its automatic checks read from the database, and the organisers' decisions. */
@MicronautTest(transactional = false)
class ScreeningIT {

    @Inject ApplicationContext context;
    @Inject ScreeningQueue queue;
    @Inject EligibilityDecisions decisions;
    @Inject EntryRepository entries;
    @Inject PersonRepository people;
    @Inject MediaAssetRepository assets;
    @Inject EditionRepository editions;
    @Inject AuditEventRepository audit;

    private JudgingScenario scenario;

    @BeforeEach
    void edition() {
        scenario = JudgingScenario.create(context);
    }

    @Test
    void showsEachEntrysChecksReadFromItsFilesAndPeople() throws Exception {
        Entry clean = scenario.pending(scenario.film("Clean"));
        Entry copy = scenario.pending(scenario.film("Same file"));
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(UUID.randomUUID().toString().getBytes()));
        original(clean, sha);
        original(copy, sha);
        Entry waiting = scenario.pending(scenario.film("Guardian not yet"));
        Person guardian = people.findByEntryIdAndRole(waiting.id(), Person.Role.GUARDIAN).orElseThrow();
        people.update(new Person(guardian.id(), guardian.entryId(), guardian.role(), guardian.givenName(),
                guardian.familyName(), guardian.email(), null, null, guardian.countryCode(), null,
                guardian.relationship(), null, null, null, null));

        List<ScreeningRow> rows = queue.entries(scenario.organiser(), scenario.edition().id(),
                ScreeningQueue.Filter.TO_DECIDE);

        assertThat(rows).extracting(ScreeningRow::title).containsExactly("Clean", "Same file", "Guardian not yet");
        assertThat(check(rows.get(1), Check.Rule.DUPLICATE).arguments()).containsExactly(clean.reference());
        assertThat(check(rows.get(2), Check.Rule.GUARDIAN_CONSENT).outcome()).isEqualTo(Check.Outcome.FAIL);
        assertThat(check(rows.get(2), Check.Rule.SUBTITLES).detail()).isEqualTo("burntIn");
        assertThat(rows.get(2).failing()).isEqualTo(1);
    }

    @Test
    void marksAnEntryIneligibleWithTheReasonAndRecordsIt() {
        Entry film = scenario.pending(scenario.film("En français"));

        int changed = decisions.decide(scenario.organiser(), List.of(film.id()), Entry.Eligibility.INELIGIBLE,
                "Le film dure plus de cinq minutes");

        assertThat(changed).isEqualTo(1);
        Entry decided = entries.findById(film.id()).orElseThrow();
        assertThat(decided.eligibility()).isEqualTo(Entry.Eligibility.INELIGIBLE);
        assertThat(decided.eligibilityReason()).isEqualTo("Le film dure plus de cinq minutes");
        assertThat(audit.findBySubjectTypeAndSubjectIdOrderByAt("entry", film.id().toString())).singleElement()
                .satisfies(e -> {
                    assertThat(e.action()).isEqualTo("entry.eligibility");
                    assertThat(e.before()).contains("PENDING");
                    assertThat(e.after()).contains("INELIGIBLE");
                });
        assertThat(decisions.decide(scenario.organiser(), List.of(film.id()), Entry.Eligibility.INELIGIBLE,
                "Le film dure plus de cinq minutes")).isZero();
    }

    @Test
    void aReasonPastedWithAControlCharacterIsKeptWithoutIt() {
        Entry film = scenario.pending(scenario.film("Pasted"));

        decisions.decide(scenario.organiser(), List.of(film.id()), Entry.Eligibility.INELIGIBLE,
                "The film\u0000 is 7 minutes long.\r\n");

        assertThat(entries.findById(film.id()).orElseThrow().eligibilityReason()).isEqualTo("The film is 7 minutes long.");
    }

    @Test
    void needsAReasonAndAskingForAFixNeedsTheEditionOpen() {
        Entry film = scenario.pending(scenario.film("Needs subtitles"));
        assertThatThrownBy(() -> decisions.decide(scenario.organiser(), List.of(film.id()),
                Entry.Eligibility.INELIGIBLE, " ")).isInstanceOfSatisfying(Refused.class,
                e -> assertThat(e.key()).isEqualTo("screening.reason"));
        Edition e = scenario.edition();
        editions.update(e.withWindow(e.submissionsOpenAt().minus(Duration.ofDays(60)), Instant.now().minusSeconds(60)));

        assertThatThrownBy(() -> decisions.decide(scenario.organiser(), List.of(film.id()), Entry.Eligibility.NEEDS_FIX,
                "Add English subtitles")).isInstanceOfSatisfying(Refused.class,
                ex -> assertThat(ex.key()).isEqualTo("screening.closedForFixes"));
    }

    @Test
    void aBulkDecisionNamingAnEntryThatIsGoneChangesNone() {
        Entry first = scenario.pending(scenario.film("First of two"));
        Entry second = scenario.pending(scenario.film("Second of two"));

        assertThatThrownBy(() -> decisions.decide(scenario.organiser(), List.of(first.id(), -1L, second.id()),
                Entry.Eligibility.ELIGIBLE, "")).isInstanceOfSatisfying(Refused.class,
                e -> assertThat(e.key()).isEqualTo("gone"));

        assertThat(List.of(first, second)).allSatisfy(film -> assertThat(entries.findById(film.id()).orElseThrow()
                .eligibility()).isEqualTo(Entry.Eligibility.PENDING));
        assertThat(decisions.decide(scenario.organiser(), List.of(first.id(), second.id()), Entry.Eligibility.ELIGIBLE,
                "")).isEqualTo(2);
    }

    @Test
    void theBulkActionAcceptsOnlyEntriesWhoseChecksAllPass() {
        Entry clean = scenario.pending(scenario.film("Clean"));
        Entry tooLong = scenario.pending(scenario.film("Too long", "AGE_13_17", "KE", 600_000L));

        int accepted = decisions.acceptPassing(scenario.organiser(), scenario.edition().id());

        assertThat(accepted).isEqualTo(1);
        assertThat(entries.findById(clean.id()).orElseThrow().eligibility()).isEqualTo(Entry.Eligibility.ELIGIBLE);
        assertThat(entries.findById(tooLong.id()).orElseThrow().eligibility()).isEqualTo(Entry.Eligibility.PENDING);
        assertThat(queue.counts(scenario.organiser(), scenario.edition().id()))
                .containsEntry(ScreeningQueue.Filter.TO_DECIDE, 1L).containsEntry(ScreeningQueue.Filter.ELIGIBLE, 1L);
    }


    private void original(Entry entry, String sha) {
        assets.save(new MediaAsset(null, entry.id(), MediaAsset.Kind.ORIGINAL, "", "test/" + UUID.randomUUID(),
                "video/mp4", 1000, sha, 1280, 720, 95_000L, null, null, null));
    }

    private static Check check(ScreeningRow row, Check.Rule rule) {
        return row.checks().stream().filter(c -> c.rule() == rule).findFirst().orElseThrow();
    }
}
