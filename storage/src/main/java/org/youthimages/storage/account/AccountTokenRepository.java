package org.youthimages.storage.account;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AccountTokenRepository extends CrudRepository<AccountToken, Long> {

    Optional<AccountToken> findByTokenHash(String tokenHash);
}
