package org.youthimages.storage.account;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AccountRepository extends CrudRepository<Account, Long> {

    /** Emails are case-insensitive (citext), so this finds Ana@Example.org for ana@example.org. */
    Optional<Account> findByEmail(String email);
}
