package org.youthimages.storage.submission;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import org.youthimages.storage.entry.Entry;

import java.util.List;

/** The columns the submission adds beside the foundation's records, read and written by explicit queries. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface SubmissionQueries extends GenericRepository<Entry, Long> {

    @Query("update consent set text = :text where id = :consentId")
    void setConsentText(long consentId, String text);

    @Query("select text from consent where id = :consentId")
    String consentText(long consentId);

    /** Entries whose status or eligibility changed since the entrant was last told, locked for one notifier. */
    @Query("""
            select * from entry
             where personal_data_erased_at is null
               and ((status in ('READY', 'REJECTED') and notified_status is distinct from status)
                 or (eligibility <> 'PENDING' and notified_eligibility is distinct from eligibility))
             order by updated_at limit :limit for update skip locked""")
    List<Entry> lockUnnotified(int limit);

    @Query("update entry set notified_status = status, notified_eligibility = eligibility where id = :entryId")
    void markNotified(long entryId);

    /** Marks the current status as told, when the entrant learns it some other way (e.g. at upload). */
    @Query("update entry set notified_status = :status where id = :entryId")
    void markStatusNotified(long entryId, String status);

    /** A new film arrived: it waits for processing, and a request for a fix is answered. */
    @Query("""
            update entry set status = 'RECEIVED', rejection_code = null, rejection_message = null, duration_ms = null,
                   eligibility = case when eligibility = 'NEEDS_FIX' then 'PENDING' else eligibility end,
                   eligibility_reason = case when eligibility = 'NEEDS_FIX' then null else eligibility_reason end,
                   notified_status = 'RECEIVED', updated_at = now()
             where id = :entryId""")
    void markReceived(long entryId);

    /** Past the pre-selection: the film has a juror in a jury round that follows a pre-selection round. */
    @Query("""
            select exists (select 1 from assignment a join round r on r.id = a.round_id
                            where a.entry_id = :entryId and a.state = 'ACTIVE' and r.kind = 'JURY'
                              and exists (select 1 from round p where p.edition_id = r.edition_id
                                             and p.kind = 'PRESELECTION' and p.position < r.position))""")
    boolean shortlisted(long entryId);


    @Query("update entry set status_token_hash = :statusTokenHash, updated_at = now() where id = :entryId")
    void replaceStatusToken(long entryId, String statusTokenHash);

    @Query("delete from person where entry_id = :entryId and role = 'TEAM_MEMBER'")
    void deleteTeam(long entryId);

    @Query("select notified_status from entry where id = :entryId")
    @Nullable
    String notifiedStatus(long entryId);

    @Query("select notified_eligibility from entry where id = :entryId")
    @Nullable
    String notifiedEligibility(long entryId);
}
