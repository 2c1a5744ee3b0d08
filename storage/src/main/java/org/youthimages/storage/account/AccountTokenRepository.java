package org.youthimages.storage.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AccountTokenRepository extends CrudRepository<AccountToken, Long> {

    Optional<AccountToken> findByTokenHash(String tokenHash);

    /** The token row locked for this transaction, so that two uses of one link cannot both succeed. */
    @Query("select * from account_token where token_hash = :tokenHash for update")
    Optional<AccountToken> lockByTokenHash(String tokenHash);

    List<AccountToken> findByAccountIdOrderById(long accountId);

    @Query("""
            select count(*) > 0 from account_token
             where account_id = :accountId and purpose = :purpose and used_at is null and created_at > :since""")
    boolean existsOpenSince(long accountId, String purpose, Instant since);

    /** Spends every open link of an account: a newer link, or a new password, replaces them. */
    @Query("update account_token set used_at = now() where account_id = :accountId and used_at is null")
    void retireOpenTokens(long accountId);
}
