package org.youthimages.storage.judging;

import org.youthimages.storage.sql.Jdbc;
import jakarta.inject.Singleton;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.edition.Round;
import org.youthimages.storage.translation.EditionTexts;
import org.youthimages.storage.translation.EditionTranslations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A juror's rounds and queues: only their active assignments, in open rounds, without conflicts of interest.
 * Each juror sees their films in an order of their own (a hash of juror and film), stable across visits.
 */
@Singleton
public class JudgingQueue {

    /** The queue with each film's place in it; {@link #UNORDERED} is the same without places, for counting. */
    private static final String QUEUE =
            queue("row_number() over (order by md5(a.juror_id || '/' || a.entry_id), a.id)");
    private static final String UNORDERED = queue("0");

    private static String queue(String position) {
        return """
            with q as (
              select a.id as assignment_id, a.entry_id, e.reference, e.title, c.name as category, c.code as category_code,
                     e.age_category_id,
                     e.duration_ms, coalesce(s.state, 'NONE') as card_state, coalesce(w.watched_percent, 0) as watched,
                     %s as position
                from assignment a
                join round r on r.id = a.round_id
                join entry e on e.id = a.entry_id
                left join age_category c on c.id = e.age_category_id
                left join scorecard s on s.assignment_id = a.id
                left join watch_progress w on w.assignment_id = a.id
               where a.juror_id = ? and a.round_id = ? and a.state = 'ACTIVE' and %s and %s
            )
            """.formatted(position, JurorConditions.OPEN_ROUND, JurorConditions.NO_CONFLICT);
    }

    /** Parameters: category twice, only-unscored, an assignment always kept (or null). */
    private static final String FILTER = "\n" + """
             where (cast(? as bigint) is null or q.age_category_id = cast(? as bigint))
               and (not ? or q.card_state <> 'SUBMITTED' or q.assignment_id = cast(? as bigint))""";

    private static final String ROUNDS = """
            select r.id, r.edition_id, e.name as edition_name, e.time_zone, r.name, r.kind, r.voting, r.closes_at,
                   count(*) as assigned,
                   count(*) filter (where s.state = 'SUBMITTED') as submitted,
                   count(*) filter (where s.state = 'DRAFT') as drafts
              from assignment a
              join round r on r.id = a.round_id
              join edition e on e.id = r.edition_id
              left join scorecard s on s.assignment_id = a.id
             where a.juror_id = ? and a.state = 'ACTIVE' and %s and %s
             group by r.id, r.edition_id, e.name, e.time_zone, r.name, r.kind, r.voting, r.closes_at
             order by r.closes_at nulls last, r.position, r.id""".formatted(JurorConditions.OPEN_ROUND, JurorConditions.NO_CONFLICT);

    private final Jdbc jdbc;
    private final JurorAccess access;
    private final EditionTranslations translations;

    JudgingQueue(Jdbc jdbc, JurorAccess access, EditionTranslations translations) {
        this.jdbc = jdbc;
        this.access = access;
        this.translations = translations;
    }

    /**
     * The open rounds the juror judges, soonest deadline first, each with progress and the next film; the round's
     * and edition's names in the juror's language.
     */
    public List<RoundSummary> rounds(ActingAccount juror) {
        access.requireJuror(juror);
        List<Listed> listed = jdbc.list(ROUNDS, rs -> new Listed(rs.getLong("edition_id"), new RoundSummary(
                rs.getLong("id"), rs.getString("edition_name"), rs.getString("name"),
                Round.Kind.valueOf(rs.getString("kind")), Round.Voting.valueOf(rs.getString("voting")),
                Jdbc.instant(rs, "closes_at"),
                rs.getString("time_zone"), rs.getInt("assigned"), rs.getInt("submitted"), rs.getInt("drafts"),
                null)), juror.id());
        Map<Long, EditionTexts> texts = new HashMap<>();
        return listed.stream()
                .map(l -> {
                    EditionTexts edition = texts.computeIfAbsent(l.editionId(), e -> translations.forJuror(juror, e));
                    return l.summary(edition, next(juror, l.written().roundId(), edition).orElse(null));
                })
                .toList();
    }

    /** A round as listed, with its names as written. */
    private record Listed(long editionId, RoundSummary written) {

        RoundSummary summary(EditionTexts texts, QueueItem next) {
            RoundSummary r = written;
            return new RoundSummary(r.roundId(), texts.editionName(r.editionName()),
                    texts.roundName(r.roundId(), r.roundName()), r.kind(), r.voting(), r.closesAt(), r.timeZone(),
                    r.assigned(), r.submitted(), r.drafts(), next);
        }
    }

    /** A page of the juror's queue in one round, the age categories named in the juror's language. */
    public List<QueueItem> queue(ActingAccount juror, long roundId, QueueFilter filter, int offset, int limit) {
        access.requireJuror(juror);
        EditionTexts texts = texts(juror, roundId);
        return jdbc.list(QUEUE + "select * from q" + FILTER + " order by q.position offset ? limit ?",
                rs -> item(rs, texts), juror.id(), roundId, filter.ageCategoryId(), filter.ageCategoryId(),
                filter.onlyUnscored(), null, Math.max(0, offset), Math.max(0, limit));
    }

    public int count(ActingAccount juror, long roundId, QueueFilter filter) {
        access.requireJuror(juror);
        return jdbc.one(UNORDERED + "select count(*) from q" + FILTER, rs -> rs.getInt(1), juror.id(), roundId,
                filter.ageCategoryId(), filter.ageCategoryId(), filter.onlyUnscored(), null).orElse(0);
    }

    /**
     * The age categories in the juror's queue of a round, for the filter: named in the juror's language, youngest
     * first as the edition lists them.
     */
    public List<CategoryCount> categories(ActingAccount juror, long roundId) {
        access.requireJuror(juror);
        EditionTexts texts = texts(juror, roundId);
        return jdbc.list(UNORDERED + """
                select q.age_category_id, q.category_code, q.category, count(*) as films from q
                  join age_category c on c.id = q.age_category_id
                 group by q.age_category_id, q.category_code, q.category, c.position, c.min_age
                 order by c.position, c.min_age""",
                rs -> new CategoryCount(rs.getLong(1), texts.categoryName(rs.getString(2), rs.getString(3)),
                        rs.getInt(4)), juror.id(), roundId);
    }

    /**
     * The film to watch next in a round: the one the juror last opened, unless submitted; else the first film not
     * yet submitted after it in the queue, wrapping round to the start.
     */
    public Optional<QueueItem> nextFilm(ActingAccount juror, long roundId) {
        access.requireJuror(juror);
        return next(juror, roundId, texts(juror, roundId));
    }

    private Optional<QueueItem> next(ActingAccount juror, long roundId, EditionTexts texts) {
        return jdbc.one(QUEUE + """
                select q.* from q
                  left join queue_position p on p.juror_id = ? and p.round_id = ?
                  left join q as last on last.assignment_id = p.assignment_id
                 where q.card_state <> 'SUBMITTED'
                 order by (q.assignment_id = last.assignment_id) desc nulls last,
                          (q.position > coalesce(last.position, 0)) desc, q.position
                 limit 1""", rs -> item(rs, texts), juror.id(), roundId, juror.id(), roundId);
    }

    /** The texts of the round's edition in the juror's language (none for a round there is not: no films either). */
    private EditionTexts texts(ActingAccount juror, long roundId) {
        return jdbc.one("select edition_id from round where id = ?", rs -> rs.getLong(1), roundId)
                .map(edition -> translations.forJuror(juror, edition)).orElse(EditionTexts.AS_WRITTEN);
    }

    /** The films before and after this one with the same filter; the film itself always counts, even if filtered. */
    public Neighbours neighbours(ActingAccount juror, long assignmentId, QueueFilter filter) {
        JurorAccess.OpenAssignment assignment = access.assignment(juror, assignmentId);
        return jdbc.one(QUEUE + """
                select * from (
                  select q.assignment_id, lag(q.assignment_id) over w as previous, lead(q.assignment_id) over w as next,
                         row_number() over w as index, count(*) over () as total
                    from q""" + FILTER + "\n" + """
                  window w as (order by q.position)) x
                 where x.assignment_id = ?""",
                rs -> new Neighbours(Jdbc.nullableLong(rs, "previous"), Jdbc.nullableLong(rs, "next"),
                        rs.getInt("index"), rs.getInt("total")),
                juror.id(), assignment.roundId(), filter.ageCategoryId(), filter.ageCategoryId(),
                filter.onlyUnscored(), assignmentId, assignmentId).orElseThrow();
    }

    /** Remembers the film the juror opened, so the queue and the home page take them back to it. */
    public void remember(ActingAccount juror, long assignmentId) {
        JurorAccess.OpenAssignment assignment = access.assignment(juror, assignmentId);
        jdbc.update("""
                insert into queue_position (juror_id, round_id, assignment_id) values (?, ?, ?)
                on conflict (juror_id, round_id) do update set assignment_id = excluded.assignment_id, updated_at = now()""",
                juror.id(), assignment.roundId(), assignmentId);
    }

    /** The juror's place in a round's queue: the film they last opened, if any. */
    public Optional<Long> remembered(ActingAccount juror, long roundId) {
        return jdbc.one("select assignment_id from queue_position where juror_id = ? and round_id = ?",
                rs -> rs.getLong(1), juror.id(), roundId);
    }

    private static QueueItem item(ResultSet rs, EditionTexts texts) throws SQLException {
        String state = rs.getString("card_state");
        String category = rs.getString("category");
        return new QueueItem(rs.getLong("assignment_id"), rs.getLong("entry_id"), rs.getString("reference"),
                rs.getString("title"), category == null ? null : texts.categoryName(rs.getString("category_code"),
                category), Jdbc.nullableLong(rs, "duration_ms"),
                switch (state) {
                    case "DRAFT" -> QueueItem.Progress.DRAFT;
                    case "SUBMITTED" -> QueueItem.Progress.SUBMITTED;
                    default -> QueueItem.Progress.NOT_STARTED;
                }, rs.getBigDecimal("watched"), rs.getInt("position"));
    }
}
