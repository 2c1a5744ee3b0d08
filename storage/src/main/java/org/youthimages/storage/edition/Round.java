package org.youthimages.storage.edition;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.Instant;

/** A judging round: screening, pre-selection, the jury, or a prize panel's round. */
@MappedEntity
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
                    @Nullable Instant closesAt) {

    public enum Kind { SCREENING, PRESELECTION, JURY, PRIZE }

    public enum Voting { SCORES, RANKED }

    public enum TieBreak { MEDIAN, NORMALISED_MEAN, JURY_VOTE, SHARED }

    public enum State { PLANNED, OPEN, CLOSED }
}
