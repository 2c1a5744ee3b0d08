package org.youthimages.storage.results;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface RankingRepository extends CrudRepository<Ranking, Long> {

    List<Ranking> findByRoundId(long roundId);

    List<Ranking> findByRoundIdAndJurorIdOrderByRank(long roundId, long jurorId);

    void deleteByRoundIdAndJurorId(long roundId, long jurorId);
}
