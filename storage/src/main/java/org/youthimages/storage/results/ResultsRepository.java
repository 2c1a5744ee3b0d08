package org.youthimages.storage.results;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import org.youthimages.storage.edition.Criterion;

import java.util.List;

/** Reads what results are computed from. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ResultsRepository extends GenericRepository<Criterion, Long> {

    /**
     * Every score of a round, with its film, juror and criterion, for the organisers' export. The share watched is
     * the live one, as the organisers' screens show it: a draft's scorecard holds it only once submitted.
     */
    @Query("""
            select e.reference, e.title, coalesce(ac.name, '') as category, j.email as juror_email,
                   j.display_name as juror_name, c.code as criterion, sc.value, sc.comment,
                   s.state as scorecard_state, a.state as assignment_state,
                   coalesce(w.watched_percent, s.watched_percent, 0)::float8 as watched_percent
              from score sc
              join scorecard s on s.id = sc.scorecard_id
              join assignment a on a.id = s.assignment_id
              left join watch_progress w on w.assignment_id = a.id
              join entry e on e.id = a.entry_id
              left join age_category ac on ac.id = e.age_category_id
              join account j on j.id = a.juror_id
              join criterion c on c.id = sc.criterion_id
             where a.round_id = :roundId
             order by e.reference, j.email, c.position""")
    List<ScoreLine> everyScore(long roundId);

    /** One score as exported. */
    @Introspected
    record ScoreLine(String reference, String title, String category, String jurorEmail, String jurorName,
                     String criterion, @Nullable Integer value, String comment, String scorecardState,
                     String assignmentState, double watchedPercent) {
    }
}
