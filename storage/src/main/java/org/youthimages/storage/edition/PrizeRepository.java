package org.youthimages.storage.edition;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface PrizeRepository extends CrudRepository<Prize, Long> {

    List<Prize> findByEditionIdOrderByPosition(long editionId);
}
