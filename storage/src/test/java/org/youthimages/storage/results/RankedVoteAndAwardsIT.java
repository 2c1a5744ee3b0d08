package org.youthimages.storage.results;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.audit.AuditEventRepository;
import org.youthimages.storage.decision.Refused;
import org.youthimages.storage.edition.Round;
import org.youthimages.storage.edition.RoundRepository;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.judging.Assignment;
import org.youthimages.storage.judging.AssignmentRepository;
import org.youthimages.storage.judging.Conflicts;
import org.youthimages.storage.testing.JudgingScenario;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
class RankedVoteAndAwardsIT {

    @Inject ApplicationContext context;
    @Inject RankedVote vote;
    @Inject ResultsBoard board;
    @Inject AwardDecisions awards;
    @Inject RoundRepository rounds;
    @Inject AuditEventRepository auditEvents;
    @Inject Conflicts conflicts;
    @Inject AssignmentRepository assignments;

    private JudgingScenario fixture;
    private Entry first;
    private Entry second;
    private Entry third;
    private ActingAccount ana;
    private ActingAccount ben;
    private ActingAccount cleo;

    @BeforeEach
    void shortlistInARankedRound() {
        fixture = JudgingScenario.create(context);
        Round r = fixture.round();
        rounds.update(r.withVoting(Round.Voting.RANKED).withState(Round.State.OPEN, false));
        first = fixture.film("First", "AGE_18_25", "KE");
        second = fixture.film("Second", "AGE_18_25", "KE");
        third = fixture.film("Third", "AGE_18_25", "KE");
        ana = fixture.juror("ana");
        ben = fixture.juror("ben");
        cleo = fixture.juror("cleo");
        for (ActingAccount juror : List.of(ana, ben, cleo)) {
            for (Entry film : List.of(first, second, third)) {
                fixture.assignDirectly(film, juror);
            }
        }
    }

    @Test
    void decidesTheOrderFromEveryJurorsBallotByTheSchulzeMethod() {
        vote.castBallot(ana, fixture.round().id(), List.of(first.id(), second.id(), third.id()));
        vote.castBallot(ben, fixture.round().id(), List.of(second.id(), first.id(), third.id()));
        vote.castBallot(cleo, fixture.round().id(), List.of(first.id(), third.id(), second.id()));

        Schulze.Result result = vote.result(fixture.organiser(), fixture.round().id());

        assertThat(result.order()).containsExactly(List.of(first.id()), List.of(second.id()), List.of(third.id()));
    }

    @Test
    void dropsAJurorsRankingOfAFilmTheyLaterDeclaredAConflictOn() {
        long round = fixture.round().id();
        vote.castBallot(ana, round, List.of(first.id(), second.id(), third.id()));
        vote.castBallot(ben, round, List.of(second.id(), first.id(), third.id()));
        vote.castBallot(cleo, round, List.of(first.id(), second.id(), third.id()));
        assertThat(vote.result(fixture.organiser(), round).order().getFirst()).containsExactly(first.id());

        Assignment cleosFirst = assignments.findByRoundIdAndJurorIdAndState(round, cleo.id(), Assignment.State.ACTIVE)
                .stream().filter(a -> a.entryId() == first.id()).findFirst().orElseThrow();
        conflicts.declare(cleo, cleosFirst.id(), "My cousin made it");

        // Without Cleo's word on First, First and Second are level (Ana for one, Ben for the other); her ballot
        // still counts between Second and Third.
        Schulze.Result result = vote.result(fixture.organiser(), round);
        assertThat(result.order()).containsExactly(List.of(first.id(), second.id()), List.of(third.id()));
        assertThat(vote.ballot(cleo, round)).extracting(RankedVote.BallotFilm::entryId)
                .containsExactly(second.id(), third.id());
        assertThatThrownBy(() -> vote.castBallot(cleo, round, List.of(first.id())))
                .hasMessageContaining("shortlist");
    }

    @Test
    void theResultsBoardNamesTheFilmsAndCountsOnlyTheJurorsWhoVoted() {
        long round = fixture.round().id();
        vote.castBallot(ana, round, List.of(third.id(), first.id()));
        vote.castBallot(ben, round, List.of(third.id()));

        ResultsBoard.Ranked ranked = board.ranked(fixture.organiser(), round);

        assertThat(ranked.ballots()).isEqualTo(2);
        assertThat(ranked.films()).extracting(ResultsBoard.Film::title).containsExactlyInAnyOrder("First", "Second", "Third");
        assertThat(ranked.result().order()).containsExactly(List.of(third.id()), List.of(first.id()),
                List.of(second.id()));
        assertThat(ranked.film(third.id()).reference()).isEqualTo(third.reference());
    }

    @Test
    void replacesAJurorsBallotWhenTheyVoteAgain() {
        vote.castBallot(ana, fixture.round().id(), List.of(first.id(), second.id()));
        vote.castBallot(ana, fixture.round().id(), List.of(third.id()));

        assertThat(vote.ballotOf(fixture.round().id(), ana.id())).containsExactly(third.id());
    }

    @Test
    void refusesAFilmOutsideTheJurorsShortlistOrTwiceOnOneBallot() {
        Entry other = fixture.film("Not shortlisted", "AGE_18_25", "KE");

        assertThatThrownBy(() -> vote.castBallot(ana, fixture.round().id(), List.of(other.id())))
                .hasMessageContaining("shortlist");
        assertThatThrownBy(() -> vote.castBallot(ana, fixture.round().id(), List.of(first.id(), first.id())))
                .hasMessageContaining("only once");
    }

    @Test
    void refusesABallotAfterTheRoundsDeadlineAsAScorecardWouldBe() {
        fixture.dates(Instant.now().minus(Duration.ofDays(10)), Instant.now().minus(Duration.ofMinutes(1)));

        assertThatThrownBy(() -> vote.castBallot(ana, fixture.round().id(), List.of(first.id())))
                .hasMessageContaining("closed");
        assertThat(vote.ballotOf(fixture.round().id(), ana.id())).isEmpty();
    }

    @Test
    void givesOneDistinctionPerAgeCategoryWithItsReasonAndRecordsIt() {
        Award award = awards.decide(fixture.organiser(), first.id(), Award.Kind.CATEGORY_DISTINCTION, null,
                "A moving portrait of a family's first winter");

        assertThat(award.ageCategoryId()).isEqualTo(first.ageCategoryId());
        assertThatThrownBy(() -> awards.decide(fixture.organiser(), second.id(), Award.Kind.CATEGORY_DISTINCTION,
                null, "Also good")).isInstanceOf(Refused.class).hasMessageContaining("already decided");
        assertThat(auditEvents.findBySubjectTypeAndSubjectIdOrderByAt("award", award.id().toString()))
                .singleElement().satisfies(e -> assertThat(e.after()).contains("first winter"));
    }

    @Test
    void refusesAnAwardWithoutAReason() {
        assertThatThrownBy(() -> awards.decide(fixture.organiser(), first.id(), Award.Kind.CATEGORY_DISTINCTION,
                null, "  ")).hasMessageContaining("reason");
        assertThatThrownBy(() -> awards.decide(fixture.organiser(), first.id(), Award.Kind.CATEGORY_DISTINCTION,
                null, "\u0000")).hasMessageContaining("reason");
    }

    @Test
    void aReasonPastedWithAControlCharacterIsRecordedWithoutIt() {
        Award award = awards.decide(fixture.organiser(), first.id(), Award.Kind.CATEGORY_DISTINCTION, null,
                "A moving\u0000 portrait.\r\nUnanimous. ");

        assertThat(award.reason()).isEqualTo("A moving portrait.\nUnanimous.");
    }
}
