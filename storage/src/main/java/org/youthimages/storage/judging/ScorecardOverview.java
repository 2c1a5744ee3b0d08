package org.youthimages.storage.judging;

import jakarta.inject.Singleton;
import org.youthimages.storage.account.AccessRules;
import org.youthimages.storage.account.ActingAccount;

import java.util.List;

/** Organisers' view of a round's scorecards: every score with the share of the film its juror played. */
@Singleton
public class ScorecardOverview {

    private final AccessRules access;
    private final RoundScores scores;

    ScorecardOverview(AccessRules access, RoundScores scores) {
        this.access = access;
        this.scores = scores;
    }

    public List<CriterionSheet> criteria(ActingAccount organiser, long roundId) {
        access.requireOrganiser(organiser);
        return scores.criteria(roundId);
    }

    public List<ScoredCard> forRound(ActingAccount organiser, long roundId) {
        access.requireOrganiser(organiser);
        return scores.cards(roundId, false);
    }
}
