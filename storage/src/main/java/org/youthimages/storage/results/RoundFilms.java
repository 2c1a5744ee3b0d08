package org.youthimages.storage.results;

import jakarta.inject.Singleton;
import org.youthimages.storage.sql.Jdbc;

import java.util.HashMap;
import java.util.Map;

/** The films of a round as its results name them (reference and title), read in one query. */
@Singleton
class RoundFilms {

    private final Jdbc jdbc;

    RoundFilms(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Every film ever assigned in the round, by entry id. */
    Map<Long, ResultsBoard.Film> of(long roundId) {
        Map<Long, ResultsBoard.Film> films = new HashMap<>();
        jdbc.list("""
                select e.id, e.reference, e.title from entry e
                 where exists (select 1 from assignment a where a.entry_id = e.id and a.round_id = ?)""",
                rs -> films.put(rs.getLong(1), new ResultsBoard.Film(rs.getLong(1), rs.getString(2), rs.getString(3))),
                roundId);
        return films;
    }
}
