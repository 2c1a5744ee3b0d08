package org.youthimages.storage.judging;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthimages.storage.account.AccessDeniedException;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.testing.JudgingScenario;
import org.youthimages.storage.translation.EditionTranslations;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
class RevealedScoresIT {

    @Inject ApplicationContext context;
    @Inject RevealedScores revealed;
    @Inject RoundControl roundControl;
    @Inject ScorecardOverview overview;
    @Inject Scorecards scorecards;
    @Inject JudgingQueue queue;
    @Inject EditionTranslations translations;

    private JudgingScenario scenario;
    private ActingAccount ana;
    private ActingAccount ben;

    @BeforeEach
    void twoJurorsScoreOneFilm() {
        scenario = JudgingScenario.create(context);
        ana = scenario.juror("Ana Juror");
        ben = scenario.juror("Ben Juror");
        scenario.assign(List.of(scenario.film("Shared film")), ana, ben);
        submit(ana, 8, "Ana's private note");
        submit(ben, 4, "Ben's private note");
    }

    @Test
    void noJurorSeesAnotherJurorsScoresWhileTheRoundIsOpenOrBeforeTheReveal() {
        long round = scenario.round().id();
        assertThatThrownBy(() -> revealed.board(ana, round)).isInstanceOf(AccessDeniedException.class);

        roundControl.close(scenario.organiser(), round);

        assertThat(revealed.rounds(ana)).isEmpty();
        assertThatThrownBy(() -> revealed.board(ana, round)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void afterTheRevealEachJurorSeesEveryonesScoresButNoPrivateNote() {
        long round = scenario.round().id();
        roundControl.close(scenario.organiser(), round);
        roundControl.revealScores(scenario.organiser(), round);

        RevealedScores.Board board = revealed.board(ana, round);

        assertThat(board.cards()).extracting(ScoredCard::juror).containsExactly("Ana Juror", "Ben Juror");
        assertThat(board.cards()).extracting(c -> c.scores().get("STORY")).containsExactly(8, 4);
        assertThat(board.cards()).allMatch(c -> c.privateNote().isEmpty());
        assertThat(board.cards()).as("comments on criteria are for the organisers")
                .allMatch(c -> c.criterionComments().isEmpty());
    }

    @Test
    void aFrenchJurorReadsTheRevealedRoundAndItsCriteriaInFrenchWhereAnEnglishJurorReadsThemAsWritten() {
        long round = scenario.round().id();
        long story = scenario.criteria().getFirst().id();
        translations.save(scenario.organiser(), scenario.edition().id(), "fr", Map.of(
                "edition.name", "Youth Images (édition française)",
                "round." + round + ".name", "Jury international",
                "criterion." + story + ".name", "Récit"));
        roundControl.close(scenario.organiser(), round);
        roundControl.revealScores(scenario.organiser(), round);
        ActingAccount anaInFrench = ana.withLocale("fr");

        assertThat(revealed.rounds(anaInFrench)).singleElement()
                .extracting(RevealedScores.RevealedRound::roundName, RevealedScores.RevealedRound::editionName)
                .containsExactly("Jury international", "Youth Images (édition française)");
        assertThat(revealed.board(anaInFrench, round).criteria()).extracting(CriterionSheet::name)
                .containsExactly("Récit", "Craft", "Relevance to the theme");
        assertThat(revealed.board(ben, round).round()).extracting(RevealedScores.RevealedRound::roundName,
                RevealedScores.RevealedRound::editionName).containsExactly("International jury",
                scenario.edition().name());
        assertThat(revealed.board(ben, round).criteria().getFirst().name())
                .isEqualTo(scenario.criteria().getFirst().name());
    }

    @Test
    void scoresCanOnlyBeRevealedOnceTheRoundIsClosedAndOnlyByAnOrganiser() {
        long round = scenario.round().id();
        assertThatThrownBy(() -> roundControl.revealScores(scenario.organiser(), round))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> roundControl.close(ana, round)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void organisersSeeEveryScoreWithTheWatchedShareAndThePrivateNotes() {
        List<ScoredCard> cards = overview.forRound(scenario.organiser(), scenario.round().id());

        assertThat(cards).extracting(ScoredCard::privateNote)
                .containsExactlyInAnyOrder("Ana's private note", "Ben's private note");
        assertThat(cards).extracting(c -> String.join("|", c.criterionComments().values()))
                .containsExactlyInAnyOrder("Ana Juror on the story", "Ben Juror on the story");
        assertThat(cards).allSatisfy(c -> {
            assertThat(c.watchedPercent()).isEqualByComparingTo("0");
            assertThat(c.confirmedBelowThreshold()).isTrue();
            assertThat(c.weightedMean()).isNotNull();
        });
        assertThatThrownBy(() -> overview.forRound(ana, scenario.round().id()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void submit(ActingAccount juror, int value, String note) {
        long assignment = queue.queue(juror, scenario.round().id(), QueueFilter.ALL, 0, 1).getFirst().assignmentId();
        ScorecardSheet sheet = scorecards.open(juror, assignment);
        Map<Long, ScoreValue> all = new HashMap<>();
        sheet.criteria().forEach(c -> all.put(c.criterionId(), new ScoreValue(value, "")));
        all.put(sheet.criteria().getFirst().criterionId(), new ScoreValue(value, juror.displayName() + " on the story"));
        ScorecardSheet saved = scorecards.saveDraft(juror, assignment, new ScorecardDraft(0, all, "Thanks", note));
        scorecards.submit(juror, assignment, saved.version(), true);
    }
}
