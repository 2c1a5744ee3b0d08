package org.youthimages.storage.edition;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.youthimages.storage.decision.Refused;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A round as organisers set it up. Its dates are given in the edition's time zone.
 *
 * @param filmsFrom    which films it judges: every eligible film, its shortlist, or the applicants for its prize
 * @param showCountry  jurors see the entrant's country (even in a blind round, which hides everything personal)
 * @param tieBreak     how films with equal means are ordered, fixed before judging begins
 */
@Serdeable
public record RoundSettings(Round.Kind kind,
                            String name,
                            @Nullable Long panelId,
                            @Nullable Long prizeId,
                            Round.FilmsFrom filmsFrom,
                            Round.Voting voting,
                            int jurorsPerFilm,
                            boolean blind,
                            boolean showCountry,
                            boolean conflictOnSameCountry,
                            boolean conflictOnSameOrganisation,
                            int watchThresholdPercent,
                            BigDecimal disagreementThreshold,
                            Round.TieBreak tieBreak,
                            @Nullable LocalDateTime opens,
                            @Nullable LocalDateTime closes) {

    public static RoundSettings of(Round r, String zone) {
        return new RoundSettings(r.kind(), r.name(), r.panelId(), r.prizeId(), r.filmsFrom(), r.voting(),
                r.jurorsPerFilm(), r.blind(), r.showCountry(), r.conflictOnSameCountry(),
                r.conflictOnSameOrganisation(), r.watchThresholdPercent(), r.disagreementThreshold(), r.tieBreak(),
                r.opensAt() == null ? null : LocalDateTime.ofInstant(r.opensAt(), java.time.ZoneId.of(zone)),
                r.closesAt() == null ? null : LocalDateTime.ofInstant(r.closesAt(), java.time.ZoneId.of(zone)));
    }

    /** A new round of the given kind with the usual settings for it. */
    public static RoundSettings usual(Round.Kind kind, String name) {
        boolean jury = kind == Round.Kind.JURY;
        return new RoundSettings(kind, name, null, null,
                kind == Round.Kind.SCREENING ? Round.FilmsFrom.ELIGIBLE : Round.FilmsFrom.SHORTLIST,
                Round.Voting.SCORES, jury ? 5 : 3, true, true, false, true, 90, new BigDecimal("2.5"),
                Round.TieBreak.MEDIAN, null, null);
    }

    public void validate() {
        require(name != null && !name.isBlank(), "name", "The round needs a name");
        require(jurorsPerFilm >= 1 && jurorsPerFilm <= 50, "jurorsPerFilm", "Each film needs 1 to 50 jurors");
        require(watchThresholdPercent >= 0 && watchThresholdPercent <= 100, "threshold",
                "The watch threshold is a share between 0 and 100 %");
        require(disagreementThreshold != null && disagreementThreshold.signum() > 0, "disagreement",
                "The disagreement threshold must be above zero");
        require(opens == null || closes == null || closes.isAfter(opens), "dates", "The round must close after it opens");
        require(kind != Round.Kind.PRIZE || prizeId != null, "prize", "A prize round judges one prize: choose it");
        require(filmsFrom != Round.FilmsFrom.APPLICANTS || prizeId != null, "applicants",
                "Only a round for a special recognition can judge its applicants");
    }

    private static void require(boolean rule, String key, String message) {
        if (!rule) {
            throw new Refused("round." + key, message);
        }
    }
}
