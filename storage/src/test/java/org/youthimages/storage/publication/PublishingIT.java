package org.youthimages.storage.publication;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthimages.storage.audit.AuditEventRepository;
import org.youthimages.storage.decision.Refused;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.results.Award;
import org.youthimages.storage.results.AwardDecisions;
import org.youthimages.storage.testing.JudgingScenario;
import org.youthimages.storage.testing.SampleWinners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Publishing the winners: refused while a winner cannot be shown, recorded, and taken down by unpublishing. */
@MicronautTest(transactional = false)
class PublishingIT {

    @Inject ApplicationContext context;
    @Inject Publishing publishing;
    @Inject AwardDecisions awards;
    @Inject AuditEventRepository audit;

    private JudgingScenario scenario;
    private Entry winner;

    @BeforeEach
    void aWinner() {
        scenario = JudgingScenario.create(context);
        winner = scenario.film("Winner");
        awards.decide(scenario.organiser(), winner.id(), Award.Kind.CATEGORY_DISTINCTION, null, "Brave and tender");
    }

    @Test
    void refusesToPublishAWinnerWithoutAWebRenditionPosterOrConsent() {
        assertThat(publishing.problems(scenario.organiser(), scenario.edition().id()))
                .extracting(Publishing.Problem::problem).containsExactly("noConsent", "noPoster", "noRendition");
        assertThatThrownBy(() -> publishing.publish(scenario.organiser(), scenario.edition().id()))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.key()).isEqualTo("publish.problems"));
    }

    @Test
    void publishesOnceRecordedAndFreezesTheAwardsUntilUnpublished() {
        new SampleWinners(context).showable(winner);

        Publication live = publishing.publish(scenario.organiser(), scenario.edition().id());

        assertThat(publishing.live(scenario.organiser(), scenario.edition().id()).orElseThrow().id()).isEqualTo(live.id());
        assertThatThrownBy(() -> awards.decide(scenario.organiser(), scenario.film("Late").id(),
                Award.Kind.SPECIAL_RECOGNITION, null, "x")).isInstanceOf(Refused.class);
        assertThatThrownBy(() -> publishing.publish(scenario.organiser(), scenario.edition().id()))
                .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.key()).isEqualTo("publish.already"));

        publishing.unpublish(scenario.organiser(), scenario.edition().id());

        assertThat(publishing.live(scenario.organiser(), scenario.edition().id())).isEmpty();
        assertThat(audit.findByEditionIdOrderByAt(scenario.edition().id())).extracting(e -> e.action())
                .contains("edition.publish", "edition.unpublish");
    }
}
