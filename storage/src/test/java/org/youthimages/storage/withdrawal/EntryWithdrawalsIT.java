package org.youthimages.storage.withdrawal;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthimages.storage.account.AccountRepository;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.account.Role;
import org.youthimages.storage.audit.AuditEventRepository;
import org.youthimages.storage.decision.Refused;
import org.youthimages.storage.demo.DemoFilms;
import org.youthimages.storage.edition.EditionIntake;
import org.youthimages.storage.edition.Round;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.EntryRepository;
import org.youthimages.storage.entry.MediaAsset;
import org.youthimages.storage.entry.MediaAssetRepository;
import org.youthimages.storage.entry.MediaOutputs;
import org.youthimages.storage.job.Job;
import org.youthimages.storage.job.JobQueue;
import org.youthimages.storage.job.TranscodeJob;
import org.youthimages.storage.judging.ScorecardRepository;
import org.youthimages.storage.mail.OutboundEmail;
import org.youthimages.storage.mail.OutboundEmailRepository;
import org.youthimages.storage.objects.ObjectStore;
import org.youthimages.storage.publication.Publishing;
import org.youthimages.storage.results.Award;
import org.youthimages.storage.results.AwardDecisions;
import org.youthimages.storage.results.AwardRepository;
import org.youthimages.storage.results.Shortlists;
import org.youthimages.storage.sql.Jdbc;
import org.youthimages.storage.screening.EligibilityDecisions;
import org.youthimages.storage.screening.ScreeningQueue;
import org.youthimages.storage.testing.JudgingScenario;
import org.youthimages.storage.testing.SampleWinners;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An entrant withdraws an entry: it leaves the contest and its files go, against the real database and S3 server. */
@MicronautTest(transactional = false)
class EntryWithdrawalsIT {

    @Inject ApplicationContext context;
    @Inject EntryWithdrawals withdrawals;
    @Inject EntryRepository entries;
    @Inject MediaAssetRepository assets;
    @Inject ObjectStore objects;
    @Inject Jdbc jdbc;
    @Inject ScorecardRepository scorecards;
    @Inject AwardDecisions awardDecisions;
    @Inject AwardRepository awards;
    @Inject Shortlists shortlists;
    @Inject Publishing publishing;
    @Inject JobQueue jobs;
    @Inject MediaOutputs outputs;
    @Inject ScreeningQueue screening;
    @Inject EligibilityDecisions decisions;
    @Inject EditionIntake intake;
    @Inject AuditEventRepository audit;
    @Inject AccountRepository accounts;
    @Inject OutboundEmailRepository emails;

    private JudgingScenario scenario;
    private Entry film;
    private MediaAsset original;

    @BeforeEach
    void aJudgedFilmWithItsFiles() {
        scenario = JudgingScenario.create(context);
        film = scenario.film("Who we are");
        original = stored(film, MediaAsset.Kind.ORIGINAL, "", "the film as sent");
        stored(film, MediaAsset.Kind.RENDITION, "480p", "a rendition");
        stored(film, MediaAsset.Kind.SUBTITLE, "fr", "WEBVTT\n");
    }

    @Test
    void takesTheEntryOutOfEveryRoundAndAwardAndDeletesItsFiles() {
        ActingAccount ana = scenario.juror("ana");
        ActingAccount ben = scenario.juror("ben");
        long submitted = scenario.submit(film, ana, "Brave film", "", 100, 8, 7, 9).id();
        scenario.assign(List.of(film), ben);
        Entry other = scenario.film("Stays in");
        scenario.assign(List.of(other), ben);
        awardDecisions.decide(scenario.organiser(), film.id(), Award.Kind.CATEGORY_DISTINCTION, null, "Courage");
        List<String> keys = assets.findByEntryId(film.id()).stream().map(MediaAsset::objectKey).toList();

        EntryWithdrawals.Withdrawn withdrawn = withdrawals.withdraw(film.id(), "  My friend no longer agrees.  ");

        assertThat(withdrawn.assignments()).isEqualTo(2);
        assertThat(withdrawn.awards()).isEqualTo(1);
        assertThat(withdrawn.files()).isEqualTo(3);
        Entry after = entries.findById(film.id()).orElseThrow();
        assertThat(after.eligibility()).isEqualTo(Entry.Eligibility.WITHDRAWN);
        assertThat(after.eligibilityReason()).isEqualTo("My friend no longer agrees.");
        assertThat(withdrawals.standing(film.id()).withdrawnAt()).isNotNull();
        assertThat(assignmentsOf(film)).isZero();
        assertThat(scorecards.findById(submitted)).isEmpty();
        assertThat(assignmentsOf(other)).isEqualTo(1);
        assertThat(awards.findByEntryId(film.id())).isEmpty();
        assertThat(assets.findByEntryId(film.id())).isEmpty();
        assertThat(keys).allSatisfy(key -> assertThat(objects.stat(key)).as(key).isEmpty());
        assertThat(audit.findBySubjectTypeAndSubjectIdOrderByAt("entry", film.id().toString())).last()
                .satisfies(event -> {
                    assertThat(event.action()).isEqualTo("entry.withdraw");
                    assertThat(event.actorLabel()).isEqualTo("entrant");
                    assertThat(event.after()).contains("My friend no longer agrees.");
                });
    }

    @Test
    void leavesShortlistsAndCallsOffItsQueuedTranscoding() {
        var next = scenario.update(scenario.round().withFilmsFrom(Round.FilmsFrom.SHORTLIST, null));
        shortlists.advance(scenario.organiser(), next.id(), List.of(film.id()));
        TranscodeJob transcode = new TranscodeJob(film.id(), original.id());
        jobs.enqueue(transcode);

        withdrawals.withdraw(film.id(), "");

        assertThat(shortlists.shortlist(scenario.organiser(), next.id())).isEmpty();
        assertThat(jobs.find(transcode)).get().extracting(Job::state).isEqualTo(Job.State.DONE);
    }

    @Test
    void aFilmWithdrawnWhileWaitingForTheTranscoderIsNoLongerCountedAsBeingPrepared() {
        jdbc.update("update entry set status = 'RECEIVED' where id = ?", film.id());
        DemoFilms films = context.getBean(DemoFilms.class);
        assertThat(films.processing(scenario.edition())).isEqualTo(1);

        withdrawals.withdraw(film.id(), "");

        assertThat(films.processing(scenario.edition())).as("nothing will ever finish it").isZero();
    }

    @Test
    void aTranscodeThatFinishesAfterTheWithdrawalRecordsNothingAndHandsBackItsFiles() {
        withdrawals.withdraw(film.id(), "");
        String late = stored(film.reference() + "/late-720p.mp4", "a rendition made meanwhile");
        MediaAsset output = new MediaAsset(null, film.id(), MediaAsset.Kind.RENDITION, "720p", late, "video/mp4",
                10, null, 1280, 720, 1000L, null, null, null);

        List<String> toDelete = outputs.ready(film.id(), original, List.of(output), 95_000);

        assertThat(toDelete).containsExactly(late);
        assertThat(assets.findByEntryId(film.id())).isEmpty();
        assertThat(entries.findById(film.id()).orElseThrow().eligibility()).isEqualTo(Entry.Eligibility.WITHDRAWN);
    }

    @Test
    void organisersSeeItAsWithdrawnAndCannotDecideOnIt() {
        long before = intake.byEdition(scenario.organiser()).get(scenario.edition().id()).films();

        withdrawals.withdraw(film.id(), "Chose another festival");

        assertThat(screening.entries(scenario.organiser(), scenario.edition().id(), ScreeningQueue.Filter.WITHDRAWN))
                .singleElement().satisfies(row -> assertThat(row.reason()).isEqualTo("Chose another festival"));
        assertThat(screening.counts(scenario.organiser(), scenario.edition().id()))
                .containsEntry(ScreeningQueue.Filter.WITHDRAWN, 1L).containsEntry(ScreeningQueue.Filter.ELIGIBLE, 0L);
        assertThat(intake.byEdition(scenario.organiser()).getOrDefault(scenario.edition().id(), EditionIntake.NONE)
                .films()).isEqualTo(before - 1);
        assertThatThrownBy(() -> decisions.decide(scenario.organiser(), List.of(film.id()),
                Entry.Eligibility.ELIGIBLE, "")).isInstanceOf(Refused.class)
                .extracting(e -> ((Refused) e).key()).isEqualTo("screening.withdrawn");
    }

    @Test
    void tellsEveryOrganiserInTheirOwnLanguageWhatTheWithdrawalUndid() {
        scenario.submit(film, scenario.juror("ana"), "Brave film", "", 100, 8, 7, 9);
        scenario.assign(List.of(film), scenario.juror("ben"));
        awardDecisions.decide(scenario.organiser(), film.id(), Award.Kind.CATEGORY_DISTINCTION, null, "Courage");
        ActingAccount odile = scenario.account("odile", "Odile Organisatrice", Role.ORGANISER);
        accounts.chooseLocale(odile.id(), "fr");

        withdrawals.withdraw(film.id(), "Mon amie ne veut plus apparaître dans le film.");

        String screeningLink = "/organiser/screening?edition=" + scenario.edition().id() + "&show=WITHDRAWN";
        assertThat(emails.findByRecipientAndKindOrderById(scenario.organiser().email(), "ENTRY_WITHDRAWN"))
                .singleElement().satisfies(email -> {
                    assertThat(email.subject()).isEqualTo("Entry withdrawn: " + film.reference() + " \"Who we are\"");
                    assertThat(email.bodyText()).startsWith("Hello Olga Organiser,")
                            .contains("from " + scenario.edition().name() + ".")
                            .contains("Reason given: Mon amie ne veut plus apparaître dans le film.")
                            .contains("Its 2 jury assignments were removed, with their scorecards. The award you had "
                                    + "decided for it, not yet published, was removed. Its files are deleted.")
                            .contains("Open the withdrawn entries:\n").containsPattern("https?://\\S+"
                                    + java.util.regex.Pattern.quote(screeningLink) + "\n\nThe Youth Images team\n$");
                    assertThat(email.bodyHtml()).as("a button to Screening's withdrawn entries")
                            .contains(">Open the withdrawn entries</a>", screeningLink.replace("&", "&amp;"));
                });
        assertThat(emails.findByRecipientAndKindOrderById(odile.email(), "ENTRY_WITHDRAWN"))
                .singleElement().satisfies(email -> {
                    assertThat(email.locale()).isEqualTo("fr");
                    assertThat(email.subject()).isEqualTo(
                            "Inscription retirée\u00a0: " + film.reference() + " «\u00a0Who we are\u00a0»");
                    assertThat(email.bodyText()).contains("Ses 2 attributions au jury ont été supprimées")
                            .contains("Le prix que vous lui aviez décerné, pas encore publié, a été supprimé.")
                            .contains("Ouvrir les inscriptions retirées\u00a0:\n").contains(screeningLink)
                            .endsWith("L’équipe Youth Images\n");
                });
    }

    @Test
    void aFilmNoJurorHadIsReportedAsSuchWithoutAReason() {
        withdrawals.withdraw(film.id(), "  ");

        assertThat(emails.findByRecipientAndKindOrderById(scenario.organiser().email(), "ENTRY_WITHDRAWN"))
                .singleElement().extracting(OutboundEmail::bodyText).asString()
                .contains("Reason given: (none given)")
                .contains("It was not assigned to any juror. Its files are deleted.")
                .doesNotContain("award");
    }

    @Test
    void isRefusedOnceTheWinnersArePublishedAndChangesNothing() {
        Entry winner = scenario.film("The winner");
        new SampleWinners(context).showable(winner);
        awardDecisions.decide(scenario.organiser(), winner.id(), Award.Kind.CATEGORY_DISTINCTION, null, "Courage");
        publishing.publish(scenario.organiser(), scenario.edition().id());

        for (Entry entry : List.of(winner, film)) {
            assertThat(withdrawals.standing(entry.id()).refusal()).isEqualTo(EntryWithdrawals.Refusal.RESULTS_PUBLISHED);
            assertThatThrownBy(() -> withdrawals.withdraw(entry.id(), ""))
                    .isInstanceOf(WithdrawalRefusedException.class)
                    .extracting(e -> ((WithdrawalRefusedException) e).refusal())
                    .isEqualTo(EntryWithdrawals.Refusal.RESULTS_PUBLISHED);
            assertThat(entries.findById(entry.id()).orElseThrow().eligibility()).isEqualTo(Entry.Eligibility.ELIGIBLE);
        }
        assertThat(awards.findByEntryId(winner.id())).hasSize(1);
        assertThat(objects.stat(original.objectKey())).isPresent();
        assertThat(emails.findByRecipientAndKindOrderById(scenario.organiser().email(), "ENTRY_WITHDRAWN")).isEmpty();
    }

    @Test
    void aSecondWithdrawalIsRefusedAsAlreadyDone() {
        assertThat(withdrawals.standing(film.id()).refusal()).isNull();
        withdrawals.withdraw(film.id(), "");

        assertThat(withdrawals.standing(film.id()).refusal()).isEqualTo(EntryWithdrawals.Refusal.ALREADY_WITHDRAWN);
        assertThatThrownBy(() -> withdrawals.withdraw(film.id(), "again"))
                .isInstanceOf(WithdrawalRefusedException.class);
        assertThat(entries.findById(film.id()).orElseThrow().eligibilityReason()).isEmpty();
    }

    private long assignmentsOf(Entry entry) {
        return jdbc.one("select count(*) from assignment where entry_id = ?", rs -> rs.getLong(1), entry.id())
                .orElseThrow();
    }

    private MediaAsset stored(Entry entry, MediaAsset.Kind kind, String label, String content) {
        String key = stored(entry.reference() + "/" + kind + "-" + label + "-" + entry.id(), content);
        return assets.save(new MediaAsset(null, entry.id(), kind, label, key, "application/octet-stream",
                content.length(), null, null, null, null, null, null, null));
    }

    private String stored(String name, String content) {
        String key = "entries/withdrawal-test/" + name;
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        objects.put(key, new ByteArrayInputStream(bytes), bytes.length, "application/octet-stream");
        return key;
    }
}
