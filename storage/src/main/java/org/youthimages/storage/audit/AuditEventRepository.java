package org.youthimages.storage.audit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** Append and read only: there is no update or delete, as in the table itself. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AuditEventRepository extends GenericRepository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    List<AuditEvent> findBySubjectTypeAndSubjectIdOrderByAt(String subjectType, String subjectId);

    List<AuditEvent> findByEditionIdOrderByAt(long editionId);
}
