package org.youthimages.storage.assignment;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.youthimages.storage.account.AccessRules;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.decision.Refused;
import org.youthimages.storage.edition.Round;
import org.youthimages.storage.edition.RoundRepository;
import org.youthimages.storage.sql.Jdbc;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The organisers' view of a round's judging: every assignment with its scorecard's progress, progress per juror
 * (with the last reminder sent) and per age category, and the films still short of jurors.
 */
@Singleton
public class AssignmentBoard {

    public enum Progress { NOT_STARTED, DRAFT, SUBMITTED }

    public record Row(long assignmentId, long entryId, String reference, String title, String category, long jurorId,
                      String juror, Progress progress, BigDecimal watchedPercent) {
    }

    public record JurorProgress(long jurorId, String name, String email, int assigned, int submitted, int drafts,
                                @Nullable Instant lastActivity, @Nullable Instant remindedAt, boolean onPanel) {

        public int unfinished() {
            return assigned - submitted;
        }
    }

    /** @param complete films whose every juror has submitted */
    public record CategoryProgress(String category, int films, int complete, int assignments, int submitted) {
    }

    /** A film the round judges, with how many active jurors it has. */
    public record ShortFilm(long entryId, String reference, String title, int jurors) {
    }

    private final AccessRules access;
    private final RoundRepository rounds;
    private final RoundPicture pictures;
    private final Jdbc jdbc;

    AssignmentBoard(AccessRules access, RoundRepository rounds, RoundPicture pictures, Jdbc jdbc) {
        this.access = access;
        this.rounds = rounds;
        this.pictures = pictures;
        this.jdbc = jdbc;
    }

    public List<Row> assignments(ActingAccount organiser, long roundId) {
        access.requireOrganiser(organiser);
        return jdbc.list("""
                select a.id, a.entry_id, e.reference, e.title, coalesce(c.name, '') as category, a.juror_id,
                       j.display_name, coalesce(s.state, 'NOT_STARTED') as progress,
                       coalesce(w.watched_percent, s.watched_percent, 0) as watched
                  from assignment a
                  join entry e on e.id = a.entry_id
                  left join age_category c on c.id = e.age_category_id
                  join account j on j.id = a.juror_id
                  left join scorecard s on s.assignment_id = a.id
                  left join watch_progress w on w.assignment_id = a.id
                 where a.round_id = ? and a.state = 'ACTIVE'
                 order by e.reference, j.display_name""",
                rs -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getLong(6), rs.getString(7), Progress.valueOf(rs.getString(8)), rs.getBigDecimal(9)),
                roundId);
    }

    public List<JurorProgress> jurors(ActingAccount organiser, long roundId) {
        access.requireOrganiser(organiser);
        Round round = round(roundId);
        return jdbc.list("""
                with people as (select account_id as id from jury_panel_member where panel_id = ?
                                union select juror_id from assignment where round_id = ? and state = 'ACTIVE')
                select j.id, j.display_name, j.email, count(a.id) as assigned,
                       count(s.id) filter (where s.state = 'SUBMITTED') as submitted,
                       count(s.id) filter (where s.state = 'DRAFT') as drafts, max(s.updated_at) as last_activity,
                       jr.reminded_at,
                       exists (select 1 from jury_panel_member m where m.panel_id = ? and m.account_id = j.id) as on_panel
                  from people p join account j on j.id = p.id
                  left join assignment a on a.juror_id = j.id and a.round_id = ? and a.state = 'ACTIVE'
                  left join scorecard s on s.assignment_id = a.id
                  left join juror_reminder jr on jr.round_id = ? and jr.juror_id = j.id
                 group by j.id, j.display_name, j.email, jr.reminded_at
                 order by j.display_name""",
                rs -> new JurorProgress(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                        rs.getInt(6), Jdbc.instant(rs, "last_activity"), Jdbc.instant(rs, "reminded_at"),
                        rs.getBoolean(9)),
                panel(round), roundId, panel(round), roundId, roundId);
    }

    public List<CategoryProgress> categories(ActingAccount organiser, long roundId) {
        access.requireOrganiser(organiser);
        return jdbc.list("""
                with films as (
                    select a.entry_id, count(*) as assigned,
                           count(s.id) filter (where s.state = 'SUBMITTED') as submitted
                      from assignment a left join scorecard s on s.assignment_id = a.id
                     where a.round_id = ? and a.state = 'ACTIVE' group by a.entry_id)
                select coalesce(c.name, '') as category, count(*) as films,
                       count(*) filter (where f.submitted = f.assigned) as complete,
                       sum(f.assigned) as assignments, sum(f.submitted) as submitted
                  from films f join entry e on e.id = f.entry_id left join age_category c on c.id = e.age_category_id
                 group by c.name, c.position order by c.position nulls last""",
                rs -> new CategoryProgress(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)),
                roundId);
    }

    /** Films the round judges that have fewer active jurors than it asks for (after conflicts or drop-outs). */
    public List<ShortFilm> shortOfJurors(ActingAccount organiser, long roundId) {
        return shortOf(films(organiser, roundId), round(roundId).jurorsPerFilm());
    }

    /** Of a round's films as {@link #films} gives them, those with fewer active jurors than the round asks for. */
    public static List<ShortFilm> shortOf(List<ShortFilm> films, int jurorsPerFilm) {
        return films.stream().filter(f -> f.jurors() < jurorsPerFilm).toList();
    }

    /** Every film the round judges, with how many active jurors it has. */
    public List<ShortFilm> films(ActingAccount organiser, long roundId) {
        access.requireOrganiser(organiser);
        Round round = round(roundId);
        Map<Long, Integer> jurors = new HashMap<>();
        jdbc.list("select entry_id, count(*) from assignment where round_id = ? and state = 'ACTIVE' group by entry_id",
                rs -> jurors.put(rs.getLong(1), rs.getInt(2)), roundId);
        List<Long> films = pictures.films(round).stream().map(ConflictRules.Party::id).toList();
        if (films.isEmpty()) {
            return List.of();
        }
        return jdbc.list("select id, reference, title from entry where id = any(?) order by reference",
                rs -> new ShortFilm(rs.getLong(1), rs.getString(2), rs.getString(3), jurors.getOrDefault(rs.getLong(1), 0)),
                (Object) films.toArray(Long[]::new));
    }

    private Round round(long roundId) {
        return rounds.findById(roundId).orElseThrow(() -> new Refused("noRound", "No round " + roundId, roundId));
    }

    private static long panel(Round round) {
        return round.panelId() == null ? -1 : round.panelId();
    }
}
