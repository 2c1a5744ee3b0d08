package org.youthimages.storage.job;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The queue's SQL. Every change to a running job names its lease owner, so a worker that lost its lease (it was
 * presumed dead and another took over) can never complete, fail or extend a job that is no longer its own.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface JobRepository extends CrudRepository<Job, Long> {

    Optional<Job> findByDedupeKey(String dedupeKey);

    List<Job> findByState(Job.State state);

    List<Job> findByTypeAndStateOrderByUpdatedAtDesc(String type, Job.State state);

    @Query("""
            insert into job (type, payload, dedupe_key, max_attempts)
            values (:type, cast(:payload as jsonb), :dedupeKey, :maxAttempts)
            on conflict (dedupe_key) do nothing""")
    int insertIfAbsent(String type, String payload, String dedupeKey, int maxAttempts);

    /** The next job to run: due and queued, or running on a worker whose lease expired. Locks it. */
    @Query("""
            select * from job
             where type in (:types)
               and ((state = 'QUEUED' and run_after <= now())
                    or (state = 'RUNNING' and lease_expires_at < now() and attempts < max_attempts))
             order by priority desc, run_after, id
             limit 1
             for update skip locked""")
    Optional<Job> findClaimable(Collection<String> types);

    @Query("""
            update job set state = 'RUNNING', attempts = attempts + 1, lease_owner = :owner,
                   lease_expires_at = now() + :leaseMillis * interval '1 millisecond', started_at = now(),
                   progress_percent = 0, updated_at = now()
             where id = :id""")
    int markRunning(long id, String owner, long leaseMillis);

    @Query("""
            update job set lease_expires_at = now() + :leaseMillis * interval '1 millisecond',
                   progress_percent = :progress, updated_at = now()
             where id = :id and state = 'RUNNING' and lease_owner = :owner""")
    int renewLease(long id, String owner, long leaseMillis, BigDecimal progress);

    @Query("""
            update job set state = 'DONE', lease_expires_at = null, progress_percent = 100, last_error = null,
                   finished_at = now(), updated_at = now()
             where id = :id and state = 'RUNNING' and lease_owner = :owner""")
    int markDone(long id, String owner);

    @Query("""
            update job set state = 'QUEUED', run_after = now() + :delayMillis * interval '1 millisecond',
                   lease_expires_at = null, last_error = :error, updated_at = now()
             where id = :id and state = 'RUNNING' and lease_owner = :owner""")
    int markForRetry(long id, String owner, long delayMillis, String error);

    @Query("""
            update job set state = 'DEAD', lease_expires_at = null, last_error = :error, finished_at = now(),
                   updated_at = now()
             where id = :id and state = 'RUNNING' and lease_owner = :owner""")
    int markDead(long id, String owner, String error);

    /** Gives a job back untouched (its attempt not counted), as a worker does when it shuts down. */
    @Query("""
            update job set state = 'QUEUED', attempts = attempts - 1, run_after = now(), lease_expires_at = null,
                   progress_percent = 0, updated_at = now()
             where id = :id and state = 'RUNNING' and lease_owner = :owner and attempts > 0""")
    int markReleased(long id, String owner);

    /** Running jobs whose worker vanished on their last attempt. Locks them. */
    @Query("""
            select * from job
             where state = 'RUNNING' and lease_expires_at < now() and attempts >= max_attempts
             for update skip locked""")
    List<Job> findAbandoned();

    @Query("""
            update job set state = 'DEAD', lease_expires_at = null, last_error = :error, finished_at = now(),
                   updated_at = now()
             where id = :id and state = 'RUNNING'""")
    int markAbandoned(long id, String error);

    @Query("""
            update job set state = 'QUEUED', attempts = 0, run_after = now(), finished_at = null, updated_at = now()
             where id = :id and state = 'DEAD'""")
    int requeueDead(long id);
}
