package org.youthimages.storage.publication;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface PublicationRepository extends CrudRepository<Publication, Long> {

    Optional<Publication> findByEditionIdAndUnpublishedAtIsNull(long editionId);

    List<Publication> findByUnpublishedAtIsNull();
}
