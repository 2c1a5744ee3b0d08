package org.youthimages.storage.entry;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ConsentRepository extends CrudRepository<Consent, Long> {

    List<Consent> findByEntryId(long entryId);

    boolean existsByEntryIdAndKindAndWithdrawnAtIsNull(long entryId, Consent.Kind kind);
}
