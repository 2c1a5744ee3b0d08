package org.youthimages.storage.judging;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ScorecardRepository extends CrudRepository<Scorecard, Long> {

    Optional<Scorecard> findByAssignmentId(long assignmentId);
}
