package org.youthimages.storage.publication;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.judging.Assignment;
import org.youthimages.storage.judging.Scorecard;
import org.youthimages.storage.judging.ScorecardRepository;
import org.youthimages.storage.results.Award;
import org.youthimages.storage.results.AwardDecisions;
import org.youthimages.storage.testing.JudgingScenario;
import org.youthimages.storage.testing.SampleWinners;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The jurors' comments for an entrant: submitted ones only, and only while the edition's winners are published. */
@MicronautTest(transactional = false)
class JuryFeedbackIT {

    @Inject ApplicationContext context;
    @Inject JuryFeedback feedback;
    @Inject Publishing publishing;
    @Inject AwardDecisions awards;
    @Inject ScorecardRepository scorecards;

    @Test
    void anEntrantReadsTheSubmittedCommentsOnlyWhileTheWinnersArePublished() {
        JudgingScenario scenario = JudgingScenario.create(context);
        Entry film = scenario.film("Paper Boats");
        Entry silent = scenario.film("No words");
        scenario.submit(film, scenario.juror("ana"), "  The light in the last scene stayed with me.  ",
                "Private: weaker than the winner", 100, 8, 6, 7);
        scenario.submit(film, scenario.juror("ben"), "", "", 100, 5, 5, 5);
        scenario.submit(silent, scenario.juror("cleo"), " ", "", 100, 5, 5, 5);
        Assignment drafting = scenario.assignDirectly(film, scenario.juror("dan"));
        scorecards.save(new Scorecard(null, drafting.id(), Scorecard.State.DRAFT, "Not finished yet", "",
                BigDecimal.TEN, false, null, null, null, null));
        awards.decide(scenario.organiser(), film.id(), Award.Kind.CATEGORY_DISTINCTION, null, "Tender");
        new SampleWinners(context).showable(film);

        assertThat(feedback.forEntrant(film.id())).as("before publication").isEmpty();

        publishing.publish(scenario.organiser(), scenario.edition().id());

        assertThat(feedback.forEntrant(film.id())).containsExactly("The light in the last scene stayed with me.");
        assertThat(feedback.forEntrant(silent.id())).isEmpty();
        assertThat(feedback.entriesWithComments(scenario.edition().id())).containsExactly(film.id());

        publishing.unpublish(scenario.organiser(), scenario.edition().id());

        assertThat(feedback.forEntrant(film.id())).as("after unpublishing").isEmpty();
    }
}
