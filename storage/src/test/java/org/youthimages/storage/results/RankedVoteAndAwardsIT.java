package org.youthimages.storage.results;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthimages.storage.account.Account;
import org.youthimages.storage.audit.AuditEventRepository;
import org.youthimages.storage.audit.AuditLog;
import org.youthimages.storage.edition.Round;
import org.youthimages.storage.edition.RoundRepository;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.testing.RoundFixture;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
class RankedVoteAndAwardsIT {

    @Inject ApplicationContext context;
    @Inject RankedVote vote;
    @Inject AwardDecisions awards;
    @Inject RoundRepository rounds;
    @Inject AuditEventRepository auditEvents;

    private RoundFixture fixture;
    private Entry first;
    private Entry second;
    private Entry third;
    private Account ana;
    private Account ben;
    private Account cleo;

    @BeforeEach
    void shortlistInARankedRound() {
        fixture = new RoundFixture(context);
        Round r = fixture.round;
        rounds.update(new Round(r.id(), r.editionId(), r.kind(), r.name(), r.position(), r.panelId(), r.prizeId(),
                Round.Voting.RANKED, r.jurorsPerFilm(), r.blind(), r.showCountry(), r.conflictOnSameCountry(),
                r.conflictOnSameOrganisation(), r.watchThresholdPercent(), r.disagreementThreshold(), r.tieBreak(),
                Round.State.OPEN, false, r.opensAt(), r.closesAt()));
        first = fixture.film("First", "AGE_18_25");
        second = fixture.film("Second", "AGE_18_25");
        third = fixture.film("Third", "AGE_18_25");
        ana = fixture.juror("ana");
        ben = fixture.juror("ben");
        cleo = fixture.juror("cleo");
        for (Account juror : List.of(ana, ben, cleo)) {
            for (Entry film : List.of(first, second, third)) {
                fixture.assign(film, juror);
            }
        }
    }

    @Test
    void decidesTheOrderFromEveryJurorsBallotByTheSchulzeMethod() {
        vote.castBallot(actor(ana), fixture.round.id(), List.of(first.id(), second.id(), third.id()));
        vote.castBallot(actor(ben), fixture.round.id(), List.of(second.id(), first.id(), third.id()));
        vote.castBallot(actor(cleo), fixture.round.id(), List.of(first.id(), third.id(), second.id()));

        Schulze.Result result = vote.result(fixture.round.id());

        assertThat(result.order()).containsExactly(List.of(first.id()), List.of(second.id()), List.of(third.id()));
    }

    @Test
    void replacesAJurorsBallotWhenTheyVoteAgain() {
        vote.castBallot(actor(ana), fixture.round.id(), List.of(first.id(), second.id()));
        vote.castBallot(actor(ana), fixture.round.id(), List.of(third.id()));

        assertThat(vote.ballotOf(fixture.round.id(), ana.id())).containsExactly(third.id());
    }

    @Test
    void refusesAFilmOutsideTheJurorsShortlistOrTwiceOnOneBallot() {
        Entry other = fixture.film("Not shortlisted", "AGE_18_25");

        assertThatThrownBy(() -> vote.castBallot(actor(ana), fixture.round.id(), List.of(other.id())))
                .hasMessageContaining("shortlist");
        assertThatThrownBy(() -> vote.castBallot(actor(ana), fixture.round.id(), List.of(first.id(), first.id())))
                .hasMessageContaining("only once");
    }

    @Test
    void givesOneDistinctionPerAgeCategoryWithItsReasonAndRecordsIt() {
        Award award = awards.decide(AuditLog.Actor.SYSTEM, first.id(), Award.Kind.CATEGORY_DISTINCTION, null,
                "A moving portrait of a family's first winter");

        assertThat(award.ageCategoryId()).isEqualTo(first.ageCategoryId());
        assertThatThrownBy(() -> awards.decide(AuditLog.Actor.SYSTEM, second.id(), Award.Kind.CATEGORY_DISTINCTION,
                null, "Also good")).hasMessageContaining("award_one_distinction_per_category");
        assertThat(auditEvents.findBySubjectTypeAndSubjectIdOrderByAt("award", award.id().toString()))
                .singleElement().satisfies(e -> assertThat(e.after()).contains("first winter"));
    }

    @Test
    void refusesAnAwardWithoutAReason() {
        assertThatThrownBy(() -> awards.decide(AuditLog.Actor.SYSTEM, first.id(), Award.Kind.CATEGORY_DISTINCTION,
                null, "  ")).hasMessageContaining("reason");
    }

    private static AuditLog.Actor actor(Account juror) {
        return AuditLog.Actor.account(juror.id(), juror.email());
    }
}
