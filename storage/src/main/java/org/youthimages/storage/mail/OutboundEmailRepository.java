package org.youthimages.storage.mail;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OutboundEmailRepository extends CrudRepository<OutboundEmail, Long> {

    /** Emails due for delivery, locked so that two delivering processes never send one twice. */
    @Query("""
            select * from outbound_email
             where sent_at is null and failed_at is null and send_after <= now()
             order by id limit :limit
             for update skip locked""")
    List<OutboundEmail> lockDue(int limit);

    List<OutboundEmail> findByRecipientOrderById(String recipient);

    List<OutboundEmail> findByRecipientAndKindOrderById(String recipient, String kind);
}
