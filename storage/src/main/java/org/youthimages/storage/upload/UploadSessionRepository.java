package org.youthimages.storage.upload;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface UploadSessionRepository extends CrudRepository<UploadSession, String> {

    List<UploadSession> findByEntryIdOrderByCreatedAt(long entryId);

    /** The name the entrant's device gave the file stored under this key, if one of the entry's uploads stored it. */
    default Optional<String> filenameOf(long entryId, String objectKey) {
        return findByEntryIdOrderByCreatedAt(entryId).stream().filter(u -> u.objectKey().equals(objectKey))
                .map(UploadSession::filename).findFirst();
    }

    /** Takes the upload for one request; fails (0) while another request holds an unexpired lease. */
    @Query("""
            update upload_session set lease_token = :token, lease_until = :until, updated_at = now()
             where id = :id and state = 'ACTIVE' and (lease_until is null or lease_until < now())""")
    int lease(String id, String token, Instant until);

    @Query("""
            update upload_session set lease_until = :until
             where id = :id and lease_token = :token and state = 'ACTIVE'""")
    int renewLease(String id, String token, Instant until);

    @Query("update upload_session set lease_token = null, lease_until = null where id = :id and lease_token = :token")
    int release(String id, String token);

    /** Records progress, only for the request holding the lease and only from the offset it started at. */
    @Query("""
            update upload_session
               set upload_offset = :newOffset, parts = cast(:parts as jsonb), stages = cast(:stages as jsonb),
                   sha256_state = :sha256State, expires_at = :expiresAt, updated_at = now()
             where id = :id and lease_token = :token and upload_offset = :fromOffset and state = 'ACTIVE'""")
    int advance(String id, String token, long fromOffset, long newOffset, String parts, String stages,
                byte[] sha256State, Instant expiresAt);

    @Query("""
            update upload_session set state = 'COMPLETED', sha256 = :sha256, completed_at = now(), updated_at = now(),
                   stages = '[]'::jsonb, lease_token = null, lease_until = null
             where id = :id and state = 'ACTIVE' and upload_offset = length""")
    int complete(String id, String sha256);

    @Query("""
            update upload_session set state = :state, updated_at = now(), lease_token = null, lease_until = null
             where id = :id and state = 'ACTIVE'""")
    int end(String id, UploadSession.State state);

    /** Active uploads past their expiry, locked so that two instances never clean the same one. */
    @Query("""
            select * from upload_session where state = 'ACTIVE' and expires_at < now()
             order by expires_at limit :limit for update skip locked""")
    List<UploadSession> lockExpired(int limit);

    long countByEntryIdAndState(long entryId, UploadSession.State state);
}
