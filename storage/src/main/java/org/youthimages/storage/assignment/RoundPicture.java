package org.youthimages.storage.assignment;

import jakarta.inject.Singleton;
import org.youthimages.storage.edition.Round;
import org.youthimages.storage.sql.Jdbc;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the automatic assignment of one round starts from, read from the database: the films the round judges,
 * its panel's jurors, the conflicts of interest (declared, and detected as the round asks), and the assignments
 * there already are, with whether their scorecard is begun.
 */
@Singleton
class RoundPicture {

    /** An assignment there already is. {@code begun}: the juror has a scorecard or has played some of the film. */
    record Current(long id, long entryId, long jurorId, boolean active, boolean begun) {

        AssignmentProblem.Pair pair() {
            return new AssignmentProblem.Pair(entryId, jurorId);
        }
    }

    record Picture(List<ConflictRules.Party> films, List<ConflictRules.Party> jurors,
                   Set<AssignmentProblem.Pair> conflicts, List<Current> current) {

        Set<Long> filmIds() {
            Set<Long> ids = new HashSet<>();
            films.forEach(f -> ids.add(f.id()));
            return ids;
        }

        Set<Long> jurorIds() {
            Set<Long> ids = new HashSet<>();
            jurors.forEach(j -> ids.add(j.id()));
            return ids;
        }
    }

    private final Jdbc jdbc;

    RoundPicture(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    Picture of(Round round) {
        List<ConflictRules.Party> films = films(round);
        List<ConflictRules.Party> jurors = jdbc.list("""
                select a.id, a.country_code, a.organisation from jury_panel_member m join account a on a.id = m.account_id
                 where m.panel_id = ? and a.active and 'JUROR' = any(a.roles) order by a.id""",
                rs -> new ConflictRules.Party(rs.getLong(1), rs.getString(2), rs.getString(3)),
                round.panelId() == null ? -1L : round.panelId());
        Set<AssignmentProblem.Pair> conflicts = new HashSet<>(new ConflictRules(round.conflictOnSameCountry(),
                round.conflictOnSameOrganisation()).detect(films, jurors));
        jdbc.list("""
                select c.entry_id, c.juror_id from conflict_of_interest c join entry e on e.id = c.entry_id
                 where e.edition_id = ?""", rs -> conflicts.add(new AssignmentProblem.Pair(rs.getLong(1),
                rs.getLong(2))), round.editionId());
        List<Current> current = jdbc.list("""
                select a.id, a.entry_id, a.juror_id, a.state = 'ACTIVE',
                       exists (select 1 from scorecard s where s.assignment_id = a.id)
                       or exists (select 1 from watch_progress w where w.assignment_id = a.id)
                  from assignment a where a.round_id = ?""",
                rs -> new Current(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getBoolean(4), rs.getBoolean(5)),
                round.id());
        return new Picture(films, jurors, conflicts, current);
    }

    /** The films a round judges, each with its entrant's country and organisation (for conflict detection). */
    List<ConflictRules.Party> films(Round round) {
        String which = switch (round.filmsFrom()) {
            case ELIGIBLE -> "";
            case SHORTLIST -> "and exists (select 1 from shortlist_entry s where s.round_id = ? and s.entry_id = e.id)";
            case APPLICANTS -> "and e.special_recognition_id = ?";
        };
        String sql = """
                select e.id, p.country_code, p.organisation from entry e
                  left join person p on p.entry_id = e.id and p.role = 'ENTRANT'
                 where e.edition_id = ? and e.eligibility = 'ELIGIBLE' and e.status = 'READY' %s
                 order by e.id""".formatted(which);
        Object[] params = switch (round.filmsFrom()) {
            case ELIGIBLE -> new Object[] {round.editionId()};
            case SHORTLIST -> new Object[] {round.editionId(), round.id()};
            case APPLICANTS -> new Object[] {round.editionId(), round.prizeId()};
        };
        return jdbc.list(sql, rs -> new ConflictRules.Party(rs.getLong(1), rs.getString(2), rs.getString(3)), params);
    }

    /** How many films each juror has among the given pairs. */
    static Map<Long, Integer> loads(Iterable<AssignmentProblem.Pair> pairs) {
        Map<Long, Integer> loads = new HashMap<>();
        pairs.forEach(p -> loads.merge(p.jurorId(), 1, Integer::sum));
        return loads;
    }
}
