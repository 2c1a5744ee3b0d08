package org.youthimages.storage.withdrawal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.youthimages.storage.objects.ObjectStore;
import org.youthimages.storage.sql.Jdbc;
import org.youthimages.storage.upload.ResumableUploads;

import java.time.Instant;
import java.util.Optional;

/**
 * An entrant takes their entry out of the contest, for example because someone who appears in the film no longer
 * agrees. Allowed until the edition's winners are published. The entry leaves every round (its scorecards go with
 * it), loses any award not yet published, and its files (original, renditions, posters, subtitles) are deleted; the
 * entry's line stays, marked withdrawn, so organisers see what happened, and its personal data follows the
 * edition's retention like any other entry's.
 */
@Singleton
public class EntryWithdrawals {

    private static final Logger LOG = LoggerFactory.getLogger(EntryWithdrawals.class);

    /** The longest reason kept; longer ones are cut. */
    public static final int MAX_REASON_LENGTH = 1000;

    /** Why an entry cannot be withdrawn. */
    public enum Refusal { ALREADY_WITHDRAWN, RESULTS_PUBLISHED, PERSONAL_DATA_ERASED }

    /** What a withdrawal removed. */
    public record Withdrawn(String reference, int assignments, int awards, int files) {
    }

    private final WithdrawalRecord record;
    private final ObjectStore objects;
    private final ResumableUploads uploads;
    private final Jdbc jdbc;

    EntryWithdrawals(WithdrawalRecord record, ObjectStore objects, ResumableUploads uploads, Jdbc jdbc) {
        this.record = record;
        this.objects = objects;
        this.uploads = uploads;
        this.jdbc = jdbc;
    }

    /** Why the entry cannot be withdrawn now, or empty when it can. */
    public Optional<Refusal> refusal(long entryId) {
        return jdbc.one("""
                select e.eligibility, e.personal_data_erased_at is not null,
                       exists (select 1 from publication p where p.edition_id = e.edition_id
                                                           and p.unpublished_at is null)
                  from entry e where e.id = ?""",
                rs -> Optional.ofNullable(refusal(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3))), entryId)
                .orElseThrow(() -> new IllegalArgumentException("No entry " + entryId));
    }

    /** When the entrant withdrew the entry, if they did. */
    public Optional<Instant> withdrawnAt(long entryId) {
        return jdbc.one("select withdrawn_at from entry where id = ? and withdrawn_at is not null",
                rs -> Jdbc.instant(rs, "withdrawn_at"), entryId);
    }

    /**
     * Withdraws the entry and deletes its files.
     *
     * @param reason what the entrant said, for the organisers (may be empty)
     * @throws WithdrawalRefusedException when {@link #refusal(long)} is not empty; nothing changes then
     */
    public Withdrawn withdraw(long entryId, @Nullable String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() > MAX_REASON_LENGTH) {
            why = why.substring(0, MAX_REASON_LENGTH);
        }
        WithdrawalRecord.Removed removed = record.withdraw(entryId, why);
        for (String key : removed.objectKeys()) {
            try {
                objects.delete(key);
            } catch (RuntimeException e) {
                LOG.warn("File {} of withdrawn entry {} is no longer referenced but could not be deleted: {}", key,
                        removed.reference(), e.getMessage());
            }
        }
        for (String upload : removed.activeUploads()) {
            try {
                uploads.terminate(upload);
            } catch (RuntimeException e) {
                // a request is still writing to it: it will be refused its next bytes, and the upload's expiry
                // removes its parts
                LOG.info("Upload {} of withdrawn entry {} is left to expire: {}", upload, removed.reference(),
                        e.getMessage());
            }
        }
        LOG.info("Entry {} withdrawn by its entrant: {} assignments, {} awards and {} files removed",
                removed.reference(), removed.assignments(), removed.awards(), removed.objectKeys().size());
        return new Withdrawn(removed.reference(), removed.assignments(), removed.awards(),
                removed.objectKeys().size());
    }

    @Nullable
    static Refusal refusal(String eligibility, boolean erased, boolean published) {
        if ("WITHDRAWN".equals(eligibility)) {
            return Refusal.ALREADY_WITHDRAWN;
        }
        if (erased) {
            return Refusal.PERSONAL_DATA_ERASED;
        }
        return published ? Refusal.RESULTS_PUBLISHED : null;
    }
}
