package org.youthimages.storage.judging;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthimages.storage.account.Account;
import org.youthimages.storage.account.AccountRepository;
import org.youthimages.storage.account.Role;
import org.youthimages.storage.edition.Criterion;
import org.youthimages.storage.edition.CriterionRepository;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.edition.EditionSetup;
import org.youthimages.storage.edition.Round;
import org.youthimages.storage.edition.RoundRepository;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.EntryRepository;
import org.youthimages.storage.testing.SampleEditions;

import java.math.BigDecimal;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The database keeps every score within its criterion's scale, whatever path it comes by. */
@MicronautTest(transactional = false)
class ScoreConstraintsIT {

    @Inject EditionSetup setup;
    @Inject RoundRepository rounds;
    @Inject CriterionRepository criteria;
    @Inject EntryRepository entries;
    @Inject AccountRepository accounts;
    @Inject AssignmentRepository assignments;
    @Inject ScorecardRepository scorecards;
    @Inject ScoreRepository scores;

    private Criterion story;
    private Scorecard card;

    @BeforeEach
    void scorecardForOneFilm() {
        Edition edition = setup.create(SampleEditions.openEdition(SampleEditions.uniqueSlug("scores")));
        Round round = rounds.findByEditionIdOrderByPosition(edition.id()).getFirst();
        story = criteria.findByRoundIdOrderByPosition(round.id()).getFirst();
        Entry entry = entries.save(new Entry(null, edition.id(), "YI-2027-" + randomCode(), UUID.randomUUID().toString(),
                "en", "A film", "", null, null, null, null, null, null, "", null, "", null,
                Entry.Status.READY, null, null, Entry.Eligibility.ELIGIBLE, null, null, null, null, null));
        Account juror = accounts.save(Account.invited(UUID.randomUUID() + "@jury.example.org", "Juror", "en",
                Role.JUROR));
        Assignment assignment = assignments.save(new Assignment(null, round.id(), entry.id(), juror.id(),
                Assignment.State.ACTIVE, null, null));
        card = scorecards.save(new Scorecard(null, assignment.id(), Scorecard.State.DRAFT, "", "", BigDecimal.ZERO,
                false, null, null, null, null));
    }

    @Test
    void acceptsAScoreOnTheCriterionScale() {
        Score saved = scores.save(new Score(null, card.id(), story.id(), 10, "Moving"));
        assertThat(scores.findByScorecardId(card.id())).containsExactly(saved);
    }

    @Test
    void refusesAScoreAboveTheCriterionScale() {
        assertThatThrownBy(() -> scores.save(new Score(null, card.id(), story.id(), 11, "")))
                .hasMessageContaining("outside the scale 1..10");
    }

    @Test
    void refusesASecondScoreForTheSameCriterion() {
        scores.save(new Score(null, card.id(), story.id(), 5, ""));
        assertThatThrownBy(() -> scores.save(new Score(null, card.id(), story.id(), 6, "")))
                .hasMessageContaining("score_scorecard_id_criterion_id_key");
    }

    @Test
    void refusesASubmittedScorecardWithoutItsSubmissionTime() {
        Scorecard submittedWithoutTime = new Scorecard(card.id(), card.assignmentId(), Scorecard.State.SUBMITTED, "",
                "", BigDecimal.ZERO, false, card.version(), card.createdAt(), card.updatedAt(), null);
        assertThatThrownBy(() -> scorecards.update(submittedWithoutTime)).hasMessageContaining("scorecard_check");
    }

    private static String randomCode() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 5).toUpperCase();
    }
}
