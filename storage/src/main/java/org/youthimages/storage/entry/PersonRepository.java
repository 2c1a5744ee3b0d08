package org.youthimages.storage.entry;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface PersonRepository extends CrudRepository<Person, Long> {

    List<Person> findByEntryId(long entryId);

    Optional<Person> findByEntryIdAndRole(long entryId, Person.Role role);

    Optional<Person> findByConfirmationTokenHash(String confirmationTokenHash);
}
