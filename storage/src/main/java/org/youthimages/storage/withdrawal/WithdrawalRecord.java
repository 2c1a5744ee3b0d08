package org.youthimages.storage.withdrawal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.youthimages.storage.account.OrganiserNotices;
import org.youthimages.storage.audit.AuditLog;
import org.youthimages.storage.job.TranscodeJob;
import org.youthimages.storage.sql.Jdbc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The database half of a withdrawal, in one transaction: the entry leaves every round and award, its queued
 * transcoding is called off, its media rows go and it is marked withdrawn. The files themselves are deleted by the
 * caller once this has committed, so a failure here never leaves rows pointing at deleted files.
 */
@Singleton
class WithdrawalRecord {

    /** What the transaction removed; {@code objectKeys} are the files to delete now. */
    record Removed(String reference, List<String> objectKeys, List<String> activeUploads, int assignments,
                   int awards) {
    }

    private final Jdbc jdbc;
    private final AuditLog audit;
    private final OrganiserNotices notices;

    WithdrawalRecord(Jdbc jdbc, AuditLog audit, OrganiserNotices notices) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.notices = notices;
    }

    /** The entry's withdrawal state; {@code lock} holds its row until the caller's transaction ends. */
    WithdrawalState state(long entryId, boolean lock) {
        return jdbc.one("""
                select e.edition_id, e.reference, e.eligibility, e.eligibility_reason, e.withdrawn_at,
                       e.personal_data_erased_at is not null,
                       exists (select 1 from publication p where p.edition_id = e.edition_id
                                                           and p.unpublished_at is null)
                  from entry e where e.id = ?""" + (lock ? " for update" : ""),
                rs -> new WithdrawalState(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Jdbc.instant(rs, "withdrawn_at"), rs.getBoolean(6), rs.getBoolean(7)), entryId)
                .orElseThrow(() -> new IllegalArgumentException("No entry " + entryId));
    }

    @Transactional
    Removed withdraw(long entryId, String reason) {
        WithdrawalState entry = state(entryId, true);
        EntryWithdrawals.Refusal refusal = entry.refusal();
        if (refusal != null) {
            throw new WithdrawalRefusedException(refusal, entry.reference());
        }
        int assignments = jdbc.update("delete from assignment where entry_id = ?", entryId);
        jdbc.update("delete from ranking where entry_id = ?", entryId);
        jdbc.update("delete from shortlist_entry where entry_id = ?", entryId);
        int awards = jdbc.update("delete from award where entry_id = ?", entryId);
        jdbc.update("""
                update job set state = 'DONE', finished_at = now(), updated_at = now(),
                               last_error = 'The entrant withdrew the entry'
                 where type = ? and state = 'QUEUED' and (payload ->> 'entryId')::bigint = ?""",
                TranscodeJob.TYPE, entryId);
        List<String> keys = jdbc.list("delete from media_asset where entry_id = ? returning object_key",
                rs -> rs.getString(1), entryId);
        List<String> uploads = jdbc.list("select id from upload_session where entry_id = ? and state = 'ACTIVE'",
                rs -> rs.getString(1), entryId);
        jdbc.update("""
                update entry set eligibility = 'WITHDRAWN', eligibility_reason = ?, withdrawn_at = now(),
                                 updated_at = now()
                 where id = ?""", reason, entryId);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("eligibility", entry.eligibility());
        before.put("reason", entry.eligibilityReason());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("eligibility", "WITHDRAWN");
        after.put("reason", reason);
        after.put("assignmentsRemoved", assignments);
        after.put("awardsRemoved", awards);
        after.put("filesDeleted", keys.size());
        audit.record(new AuditLog.Actor(null, "entrant"), "entry.withdraw", entry.editionId(), "entry", entryId,
                before, after);
        tellOrganisers(entryId, entry.editionId(), reason, assignments, awards);
        return new Removed(entry.reference(), keys, uploads, assignments, awards);
    }

    /** Organisers learn of it at once: a film may have left jurors' queues, a shortlist or an award they decided. */
    private void tellOrganisers(long entryId, long editionId, String reason, int assignments, int awards) {
        Film film = jdbc.one("""
                select ed.name, e.reference, e.title from entry e join edition ed on ed.id = e.edition_id
                 where e.id = ?""", rs -> new Film(rs.getString(1), rs.getString(2), rs.getString(3)), entryId)
                .orElseThrow();
        String screening = notices.link("/organiser/screening?edition=" + editionId + "&show=WITHDRAWN");
        notices.tell("ENTRY_WITHDRAWN", "withdrawal", screening, (organiser, texts) -> new Object[] {
                organiser.displayName(), film.edition(), film.reference(), film.title(),
                OrganiserNotices.reason(reason, texts), assignments, awards});
    }

    private record Film(String edition, String reference, String title) {
    }
}
