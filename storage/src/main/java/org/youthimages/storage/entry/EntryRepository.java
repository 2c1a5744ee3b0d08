package org.youthimages.storage.entry;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface EntryRepository extends CrudRepository<Entry, Long> {

    Optional<Entry> findByReference(String reference);

    Optional<Entry> findByStatusTokenHash(String statusTokenHash);

    List<Entry> findByEditionIdOrderByCreatedAt(long editionId);

    List<Entry> findByIdIn(Collection<Long> ids);

    long countByEditionId(long editionId);

    boolean existsByReference(String reference);

    void updateStatus(@Id long id, Entry.Status status);
}
