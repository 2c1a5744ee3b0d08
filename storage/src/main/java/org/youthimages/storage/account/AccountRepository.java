package org.youthimages.storage.account;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AccountRepository extends CrudRepository<Account, Long> {

    /**
     * Emails are case-insensitive (citext), so this finds Ana@Example.org for ana@example.org. The parameter is cast
     * to citext: compared with a text parameter, PostgreSQL would compare as text, case-sensitively.
     */
    @Query("select * from account where email = cast(:email as citext)")
    Optional<Account> findByEmail(String email);

    List<Account> findAllOrderByDisplayName();

    @Query("select * from account where 'ORGANISER' = any(roles) and active order by id")
    List<Account> findActiveOrganisers();

    /** One more failed sign-in, atomically; the {@code max}-th in a row locks the account and starts counting again. */
    @Query("""
            update account
               set locked_until = case when failed_sign_ins + 1 >= :max then :lockUntil else locked_until end,
                   failed_sign_ins = case when failed_sign_ins + 1 >= :max then 0 else failed_sign_ins + 1 end
             where id = :id""")
    void recordFailedSignIn(long id, int max, Instant lockUntil);

    @Query("update account set failed_sign_ins = 0, locked_until = null, last_sign_in_at = :at where id = :id")
    void recordSignIn(long id, Instant at);

    /** The language its user chose: from now on it wins over the browser's. */
    @Query("update account set locale = :locale, locale_chosen = true where id = :id")
    void chooseLocale(long id, String locale);

    /** The browser's language, taken only by an account whose language was never chosen. */
    @Query("update account set locale = :locale where id = :id and not locale_chosen")
    void followBrowserLocale(long id, String locale);

    void updateLowBandwidth(@Id long id, boolean lowBandwidth);

    void updateActive(@Id long id, boolean active);
}
