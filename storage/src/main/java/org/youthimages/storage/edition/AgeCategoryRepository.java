package org.youthimages.storage.edition;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AgeCategoryRepository extends CrudRepository<AgeCategory, Long> {

    List<AgeCategory> findByEditionIdOrderByPosition(long editionId);
}
