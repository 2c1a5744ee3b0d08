package org.youthimages.storage.judging;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ConflictOfInterestRepository extends CrudRepository<ConflictOfInterest, Long> {

    List<ConflictOfInterest> findByJurorId(long jurorId);

    boolean existsByEntryIdAndJurorId(long entryId, long jurorId);
}
