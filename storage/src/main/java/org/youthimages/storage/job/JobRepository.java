package org.youthimages.storage.job;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface JobRepository extends CrudRepository<Job, Long> {

    Optional<Job> findByDedupeKey(String dedupeKey);

    List<Job> findByState(Job.State state);

    @Query("""
            insert into job (type, payload, dedupe_key, max_attempts)
            values (:type, cast(:payload as jsonb), :dedupeKey, :maxAttempts)
            on conflict (dedupe_key) do nothing""")
    int insertIfAbsent(String type, String payload, String dedupeKey, int maxAttempts);
}
