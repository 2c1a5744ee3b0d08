package org.youthimages.storage.edition;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.youthimages.storage.account.AccessRules;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.audit.AuditLog;
import org.youthimages.storage.decision.ConfirmationNeeded;
import org.youthimages.storage.decision.Refused;
import org.youthimages.storage.decision.Warning;
import org.youthimages.storage.sql.Jdbc;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An edition's rounds (screening, pre-selection, jury, prize panels) in order, and each round's criteria. Changes
 * that touch judging under way (criteria of a round with scores, a round's conflict rules after assignment) are
 * made once the organiser confirms; what would corrupt scores already given is refused.
 */
@Singleton
public class RoundSetup {

    private final AccessRules access;
    private final EditionRepository editions;
    private final RoundRepository rounds;
    private final CriterionRepository criteria;
    private final Jdbc jdbc;
    private final AuditLog audit;

    RoundSetup(AccessRules access, EditionRepository editions, RoundRepository rounds, CriterionRepository criteria,
               Jdbc jdbc, AuditLog audit) {
        this.access = access;
        this.editions = editions;
        this.rounds = rounds;
        this.criteria = criteria;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public List<Round> rounds(ActingAccount organiser, long editionId) {
        access.requireOrganiser(organiser);
        return rounds.findByEditionIdOrderByPosition(editionId);
    }

    public List<Criterion> criteria(ActingAccount organiser, long roundId) {
        access.requireOrganiser(organiser);
        return criteria.findByRoundIdOrderByPosition(roundId);
    }

    @Transactional
    public Round create(ActingAccount organiser, long editionId, RoundSettings settings) {
        access.requireOrganiser(organiser);
        settings.validate();
        Edition edition = editions.require(editionId);
        requireOwnParts(editionId, settings);
        int position = rounds.findByEditionIdOrderByPosition(editionId).stream().mapToInt(Round::position).max()
                .orElse(0) + 1;
        Round round = rounds.save(apply(new Round(null, editionId, settings.kind(), settings.name(), position, null,
                null, settings.voting(), 1, true, true, false, true, 90, settings.disagreementThreshold(),
                settings.tieBreak(), Round.State.PLANNED, false, null, null, settings.filmsFrom()), settings,
                edition.timeZone()));
        audit.record(organiser.actor(), "round.create", editionId, "round", round.id(), null, settings);
        return round;
    }

    /** @throws ConfirmationNeeded when the change affects assignments or jurors at work */
    @Transactional
    public Round update(ActingAccount organiser, long roundId, RoundSettings settings, boolean confirmed) {
        access.requireOrganiser(organiser);
        settings.validate();
        Round before = find(roundId);
        String zone = editions.findById(before.editionId()).orElseThrow().timeZone();
        requireOwnParts(before.editionId(), settings);
        if (before.voting() != settings.voting() && count("""
                select (select count(*) from ranking where round_id = ?) + (select count(*) from scorecard s
                         join assignment a on a.id = s.assignment_id where a.round_id = ?)""", roundId, roundId) > 0) {
            throw new Refused("round.votingInUse", "Jurors have already scored or ranked in this round");
        }
        List<Warning> warnings = new ArrayList<>();
        long assigned = count("select count(*) from assignment where round_id = ? and state = 'ACTIVE'", roundId);
        if (assigned > 0 && (before.jurorsPerFilm() != settings.jurorsPerFilm()
                || before.conflictOnSameCountry() != settings.conflictOnSameCountry()
                || before.conflictOnSameOrganisation() != settings.conflictOnSameOrganisation()
                || before.filmsFrom() != settings.filmsFrom() || !Objects.equals(before.panelId(), settings.panelId()))) {
            warnings.add(Warning.of("ASSIGNMENT_RERUN", assigned));
        }
        if (before.state() == Round.State.OPEN && (before.blind() != settings.blind()
                || before.showCountry() != settings.showCountry())) {
            warnings.add(Warning.of("BLIND_WHILE_OPEN"));
        }
        ConfirmationNeeded.unless(confirmed, warnings);
        Round after = rounds.update(apply(before, settings, zone));
        audit.record(organiser.actor(), "round.update", before.editionId(), "round", roundId,
                RoundSettings.of(before, zone), settings);
        return after;
    }

    @Transactional
    public void delete(ActingAccount organiser, long roundId) {
        access.requireOrganiser(organiser);
        Round round = find(roundId);
        if (count("select count(*) from assignment where round_id = ?", roundId) > 0) {
            throw new Refused("round.inUse", "Films were assigned in this round: it stays in the record");
        }
        rounds.delete(round);
        audit.record(organiser.actor(), "round.delete", round.editionId(), "round", roundId, round, null);
    }

    /** Moves a round one place earlier ({@code -1}) or later ({@code +1}) in the edition's order. */
    @Transactional
    public void move(ActingAccount organiser, long roundId, int direction) {
        access.requireOrganiser(organiser);
        Round round = find(roundId);
        List<Round> all = rounds.findByEditionIdOrderByPosition(round.editionId());
        int index = all.indexOf(all.stream().filter(r -> r.id() == roundId).findFirst().orElseThrow());
        int other = index + Integer.signum(direction);
        if (other < 0 || other >= all.size()) {
            return;
        }
        Round neighbour = all.get(other);
        jdbc.update("update round set position = -position where id = ?", roundId);
        jdbc.update("update round set position = ? where id = ?", round.position(), neighbour.id());
        jdbc.update("update round set position = ? where id = ?", neighbour.position(), roundId);
        audit.record(organiser.actor(), "round.move", round.editionId(), "round", roundId,
                java.util.Map.of("position", round.position()), java.util.Map.of("position", neighbour.position()));
    }

    /**
     * @throws ConfirmationNeeded when jurors have already scored the round (their weighted scores are recomputed)
     * @throws Refused            when scores already given fall outside the new scale
     */
    @Transactional
    public Criterion saveCriterion(ActingAccount organiser, long roundId, CriterionForm form, boolean confirmed) {
        access.requireOrganiser(organiser);
        form.validate();
        Round round = find(roundId);
        List<Criterion> all = criteria.findByRoundIdOrderByPosition(roundId);
        EditionParts.requireFreeCode(all, Criterion::code, Criterion::id, form.code(), form.id());
        Criterion before = form.id() == null ? null : all.stream().filter(c -> c.id().equals(form.id())).findFirst()
                .orElseThrow(() -> new Refused("gone", "It was removed meanwhile", form.id()));
        if (before != null) {
            long outside = count("select count(*) from score where criterion_id = ? and value not between ? and ?",
                    before.id(), form.scaleMin(), form.scaleMax());
            if (outside > 0) {
                throw new Refused("criterion.scoresOutside", outside + " scores given are outside the new scale",
                        outside);
            }
        }
        long scored = count("""
                select count(distinct s.id) from scorecard s join assignment a on a.id = s.assignment_id
                  join score sc on sc.scorecard_id = s.id where a.round_id = ? and sc.value is not null""", roundId);
        boolean changesScores = before == null || before.weight().compareTo(form.weight()) != 0
                || before.scaleMin() != form.scaleMin() || before.scaleMax() != form.scaleMax();
        ConfirmationNeeded.unless(confirmed, scored > 0 && changesScores
                ? List.of(Warning.of("SCORES_RECOMPUTED", scored)) : List.of());
        Criterion saved = before == null
                ? criteria.save(new Criterion(null, roundId, form.code(), form.name().strip(), guidance(form),
                        form.weight(), form.scaleMin(), form.scaleMax(), form.anchors(), all.size()))
                : criteria.update(new Criterion(before.id(), roundId, form.code(), form.name().strip(), guidance(form),
                        form.weight(), form.scaleMin(), form.scaleMax(), form.anchors(), before.position()));
        audit.record(organiser.actor(), "round.criterion", round.editionId(), "criterion", saved.id(), before, saved);
        return saved;
    }

    @Transactional
    public void deleteCriterion(ActingAccount organiser, long criterionId) {
        access.requireOrganiser(organiser);
        Criterion criterion = criteria.findById(criterionId)
                .orElseThrow(() -> new Refused("gone", "It was removed meanwhile", criterionId));
        long scores = count("select count(*) from score where criterion_id = ?", criterionId);
        if (scores > 0) {
            throw new Refused("criterion.inUse", scores + " scores were given on this criterion", scores);
        }
        criteria.delete(criterion);
        audit.record(organiser.actor(), "round.criterion_delete", find(criterion.roundId()).editionId(), "criterion",
                criterionId, criterion, null);
    }

    private static Round apply(Round r, RoundSettings s, String zone) {
        ZoneId z = ZoneId.of(zone);
        return new Round(r.id(), r.editionId(), s.kind(), s.name().strip(), r.position(), s.panelId(), s.prizeId(),
                s.voting(), s.jurorsPerFilm(), s.blind(), s.showCountry(), s.conflictOnSameCountry(),
                s.conflictOnSameOrganisation(), s.watchThresholdPercent(), s.disagreementThreshold(), s.tieBreak(),
                r.state(), r.scoresRevealed(), s.opens() == null ? null : s.opens().atZone(z).toInstant(),
                s.closes() == null ? null : s.closes().atZone(z).toInstant(), s.filmsFrom());
    }

    private void requireOwnParts(long editionId, RoundSettings settings) {
        if (settings.panelId() != null && count("select count(*) from jury_panel where id = ? and edition_id = ?",
                settings.panelId(), editionId) == 0) {
            throw new Refused("round.panelElsewhere", "The panel belongs to another edition");
        }
        if (settings.prizeId() != null && count("select count(*) from prize where id = ? and edition_id = ?",
                settings.prizeId(), editionId) == 0) {
            throw new Refused("round.prizeElsewhere", "The prize belongs to another edition");
        }
    }

    private static String guidance(CriterionForm form) {
        return form.guidance() == null ? "" : form.guidance().strip();
    }

    private long count(String sql, Object... params) {
        return jdbc.one(sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    private Round find(long roundId) {
        return rounds.findById(roundId).orElseThrow(() -> new Refused("noRound", "No round " + roundId, roundId));
    }
}
