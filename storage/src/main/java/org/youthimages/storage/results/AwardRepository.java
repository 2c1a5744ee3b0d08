package org.youthimages.storage.results;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AwardRepository extends CrudRepository<Award, Long> {

    List<Award> findByEditionId(long editionId);

    List<Award> findByEntryId(long entryId);
}
