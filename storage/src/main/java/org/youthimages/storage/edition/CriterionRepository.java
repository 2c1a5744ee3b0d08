package org.youthimages.storage.edition;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CriterionRepository extends CrudRepository<Criterion, Long> {

    List<Criterion> findByRoundIdOrderByPosition(long roundId);
}
