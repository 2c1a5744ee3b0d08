package org.youthimages.storage.assignment;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.youthimages.storage.account.AccessRules;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.audit.AuditLog;
import org.youthimages.storage.decision.Refused;
import org.youthimages.storage.edition.Round;
import org.youthimages.storage.edition.RoundRepository;
import org.youthimages.storage.sql.Jdbc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The automatic assignment of a round, from the database: each film the round judges gets the round's number of
 * jurors from its panel, loads differ by at most one, and no conflict of interest is ever assigned (declared ones,
 * and same country or organisation where the round asks). Run again after changes, it keeps every begun scorecard,
 * keeps the other assignments where fairness allows, and only adds or withdraws what the changes call for.
 */
@Singleton
public class RoundAssignment {

    private final AccessRules access;
    private final RoundRepository rounds;
    private final RoundPicture pictures;
    private final Jdbc jdbc;
    private final AuditLog audit;
    private final AssignmentPlanner planner = new AssignmentPlanner();

    RoundAssignment(AccessRules access, RoundRepository rounds, RoundPicture pictures, Jdbc jdbc, AuditLog audit) {
        this.access = access;
        this.rounds = rounds;
        this.pictures = pictures;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** What running the assignment now would do; changes nothing. */
    public AssignmentRun preview(ActingAccount organiser, long roundId) {
        access.requireOrganiser(organiser);
        Round round = assignable(roundId);
        return compute(round).run();
    }

    @Transactional
    public AssignmentRun apply(ActingAccount organiser, long roundId) {
        access.requireOrganiser(organiser);
        Round round = assignable(roundId);
        Outcome outcome = compute(round);
        withdraw(outcome.withdraw());
        add(round.id(), outcome.add(), organiser.id());
        audit.record(organiser.actor(), "assignment.auto", round.editionId(), "round", roundId, null, outcome.run());
        return outcome.run();
    }

    private Outcome compute(Round round) {
        RoundPicture.Picture picture = pictures.of(round);
        if (picture.jurors().isEmpty()) {
            throw new Refused("assignment.noJurors", "The round's panel has no active jurors");
        }
        Set<Long> films = picture.filmIds();
        Set<Long> jurors = picture.jurorIds();
        Set<AssignmentProblem.Pair> begun = new HashSet<>();
        List<AssignmentProblem.Pair> others = new ArrayList<>();
        Map<AssignmentProblem.Pair, RoundPicture.Current> active = new HashMap<>();
        for (RoundPicture.Current c : picture.current()) {
            boolean valid = c.active() && films.contains(c.entryId()) && jurors.contains(c.jurorId())
                    && !picture.conflicts().contains(c.pair());
            if (c.active()) {
                active.put(c.pair(), c);
            }
            if (valid && c.begun()) {
                begun.add(c.pair());
            } else if (valid) {
                others.add(c.pair());
            }
        }
        AssignmentPlan plan = bestPlan(round, picture, begun, others);
        List<Long> withdraw = new ArrayList<>();
        active.forEach((pair, c) -> {
            if (!plan.assignments().contains(pair)) {
                withdraw.add(c.id());
            }
        });
        List<AssignmentProblem.Pair> add = plan.assignments().stream().filter(p -> !active.containsKey(p)).toList();
        List<String> short_ = plan.underCoveredFilms().isEmpty() ? List.of() : jdbc.list(
                "select reference from entry where id = any(?) order by reference", rs -> rs.getString(1),
                (Object) plan.underCoveredFilms().toArray(Long[]::new));
        int perFilm = Math.min(round.jurorsPerFilm(), jurors.size());
        return new Outcome(new AssignmentRun(films.size(), jurors.size(), perFilm, add.size(), withdraw.size(),
                plan.assignments().size() - add.size(), plan.minLoad(), plan.maxLoad(), short_), withdraw, add);
    }

    /**
     * Keeping the assignments jurors already have is preferred, up to each juror's fair share; if that makes the
     * result less fair or leaves films short, only begun scorecards are kept and the rest is planned afresh.
     */
    private AssignmentPlan bestPlan(Round round, RoundPicture.Picture picture, Set<AssignmentProblem.Pair> begun,
                                    List<AssignmentProblem.Pair> others) {
        List<Long> films = picture.films().stream().map(ConflictRules.Party::id).toList();
        List<Long> jurors = picture.jurors().stream().map(ConflictRules.Party::id).toList();
        int perFilm = Math.min(round.jurorsPerFilm(), jurors.size());
        int lowerShare = (int) ((long) perFilm * films.size() / jurors.size());
        Map<Long, Integer> load = RoundPicture.loads(begun);
        Map<Long, Integer> coverage = new HashMap<>();
        begun.forEach(p -> coverage.merge(p.entryId(), 1, Integer::sum));
        Set<AssignmentProblem.Pair> kept = new HashSet<>(begun);
        for (AssignmentProblem.Pair pair : others) {
            if (load.getOrDefault(pair.jurorId(), 0) < lowerShare && coverage.getOrDefault(pair.entryId(), 0) < perFilm) {
                kept.add(pair);
                load.merge(pair.jurorId(), 1, Integer::sum);
                coverage.merge(pair.entryId(), 1, Integer::sum);
            }
        }
        AssignmentPlan keeping = planner.plan(new AssignmentProblem(films, jurors, round.jurorsPerFilm(),
                picture.conflicts(), kept, round.id()));
        if (kept.size() == begun.size() || keeping.underCoveredFilms().isEmpty() && spread(keeping) <= 1) {
            return keeping;
        }
        AssignmentPlan fresh = planner.plan(new AssignmentProblem(films, jurors, round.jurorsPerFilm(),
                picture.conflicts(), begun, round.id()));
        boolean asFair = keeping.underCoveredFilms().size() <= fresh.underCoveredFilms().size()
                && spread(keeping) <= Math.max(1, spread(fresh));
        return asFair ? keeping : fresh;
    }

    private static int spread(AssignmentPlan plan) {
        return plan.maxLoad() - plan.minLoad();
    }

    private void withdraw(List<Long> assignmentIds) {
        if (!assignmentIds.isEmpty()) {
            jdbc.update("update assignment set state = 'WITHDRAWN' where id = any(?)",
                    (Object) assignmentIds.toArray(Long[]::new));
        }
    }

    private void add(long roundId, List<AssignmentProblem.Pair> pairs, long by) {
        if (pairs.isEmpty()) {
            return;
        }
        jdbc.update("""
                insert into assignment (round_id, entry_id, juror_id, assigned_by)
                select ?, f, j, ? from unnest(?::bigint[], ?::bigint[]) as pair(f, j)
                on conflict (round_id, entry_id, juror_id) do update
                   set state = 'ACTIVE', assigned_by = excluded.assigned_by where assignment.state = 'WITHDRAWN'""",
                roundId, by, pairs.stream().map(AssignmentProblem.Pair::entryId).toArray(Long[]::new),
                pairs.stream().map(AssignmentProblem.Pair::jurorId).toArray(Long[]::new));
    }

    private Round assignable(long roundId) {
        Round round = rounds.findById(roundId).orElseThrow(() -> new Refused("noRound", "No round " + roundId, roundId));
        if (round.state() == Round.State.CLOSED) {
            throw new Refused("assignment.closed", "The round is closed: its assignments stay as they were");
        }
        if (round.panelId() == null) {
            throw new Refused("assignment.noPanel", "Choose the round's panel of jurors first");
        }
        return round;
    }

    private record Outcome(AssignmentRun run, List<Long> withdraw, List<AssignmentProblem.Pair> add) {
    }
}
