package org.youthimages.storage.edition;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A judging round: screening, pre-selection, the jury, or a prize panel's round. {@code filmsFrom} says which films
 * it judges: every eligible film, its shortlist (films advanced to it), or the applicants for its prize.
 */
@MappedEntity
@Serdeable.Serializable
public record Round(@Id @GeneratedValue @Nullable Long id,
                    long editionId,
                    Kind kind,
                    String name,
                    int position,
                    @Nullable Long panelId,
                    @Nullable Long prizeId,
                    Voting voting,
                    int jurorsPerFilm,
                    boolean blind,
                    boolean showCountry,
                    boolean conflictOnSameCountry,
                    boolean conflictOnSameOrganisation,
                    int watchThresholdPercent,
                    BigDecimal disagreementThreshold,
                    TieBreak tieBreak,
                    State state,
                    boolean scoresRevealed,
                    @Nullable Instant opensAt,
                    @Nullable Instant closesAt,
                    FilmsFrom filmsFrom) {

    public enum Kind { SCREENING, PRESELECTION, JURY, PRIZE }

    public enum Voting { SCORES, RANKED }

    public enum TieBreak { MEDIAN, NORMALISED_MEAN, JURY_VOTE, SHARED }

    public enum State { PLANNED, OPEN, CLOSED }

    public enum FilmsFrom { ELIGIBLE, SHORTLIST, APPLICANTS }

    /** Whether jurors may work in the round now: open, and within its dates (as {@code JurorConditions.OPEN_ROUND}). */
    public boolean openToJurorsAt(Instant now) {
        return state == State.OPEN && (opensAt == null || !opensAt.isAfter(now))
                && (closesAt == null || closesAt.isAfter(now));
    }

    public Round withName(String newName) {
        return new Round(id, editionId, kind, newName, position, panelId, prizeId, voting, jurorsPerFilm, blind,
                showCountry, conflictOnSameCountry, conflictOnSameOrganisation, watchThresholdPercent,
                disagreementThreshold, tieBreak, state, scoresRevealed, opensAt, closesAt, filmsFrom);
    }

    public Round withPanel(@Nullable Long newPanelId) {
        return new Round(id, editionId, kind, name, position, newPanelId, prizeId, voting, jurorsPerFilm, blind,
                showCountry, conflictOnSameCountry, conflictOnSameOrganisation, watchThresholdPercent,
                disagreementThreshold, tieBreak, state, scoresRevealed, opensAt, closesAt, filmsFrom);
    }

    public Round withState(State newState, boolean revealed) {
        return new Round(id, editionId, kind, name, position, panelId, prizeId, voting, jurorsPerFilm, blind,
                showCountry, conflictOnSameCountry, conflictOnSameOrganisation, watchThresholdPercent,
                disagreementThreshold, tieBreak, newState, revealed, opensAt, closesAt, filmsFrom);
    }

    public Round withVoting(Voting newVoting) {
        return new Round(id, editionId, kind, name, position, panelId, prizeId, newVoting, jurorsPerFilm, blind,
                showCountry, conflictOnSameCountry, conflictOnSameOrganisation, watchThresholdPercent,
                disagreementThreshold, tieBreak, state, scoresRevealed, opensAt, closesAt, filmsFrom);
    }

    public Round withFilmsFrom(FilmsFrom newFilmsFrom, @Nullable Long newPrizeId) {
        return new Round(id, editionId, kind, name, position, panelId, newPrizeId, voting, jurorsPerFilm, blind,
                showCountry, conflictOnSameCountry, conflictOnSameOrganisation, watchThresholdPercent,
                disagreementThreshold, tieBreak, state, scoresRevealed, opensAt, closesAt, newFilmsFrom);
    }

    public Round withConflictRules(boolean sameCountry, boolean sameOrganisation) {
        return new Round(id, editionId, kind, name, position, panelId, prizeId, voting, jurorsPerFilm, blind,
                showCountry, sameCountry, sameOrganisation, watchThresholdPercent, disagreementThreshold, tieBreak,
                state, scoresRevealed, opensAt, closesAt, filmsFrom);
    }

    public Round withJurorsPerFilm(int jurors) {
        return new Round(id, editionId, kind, name, position, panelId, prizeId, voting, jurors, blind,
                showCountry, conflictOnSameCountry, conflictOnSameOrganisation, watchThresholdPercent,
                disagreementThreshold, tieBreak, state, scoresRevealed, opensAt, closesAt, filmsFrom);
    }
}
