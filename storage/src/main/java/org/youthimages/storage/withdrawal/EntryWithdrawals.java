package org.youthimages.storage.withdrawal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.youthimages.storage.objects.ObjectStore;
import org.youthimages.storage.text.TypedText;
import org.youthimages.storage.upload.ResumableUploads;

import java.time.Instant;

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

    EntryWithdrawals(WithdrawalRecord record, ObjectStore objects, ResumableUploads uploads) {
        this.record = record;
        this.objects = objects;
        this.uploads = uploads;
    }

    /** Whether the entrant withdrew the entry, and why it cannot be withdrawn now (null when it can). */
    public record Standing(@Nullable Instant withdrawnAt, @Nullable Refusal refusal) {
    }

    /** The entry's withdrawal standing, in one read. */
    public Standing standing(long entryId) {
        WithdrawalState state = record.state(entryId, false);
        return new Standing(state.withdrawnAt(), state.refusal());
    }

    /**
     * Withdraws the entry and deletes its files.
     *
     * @param reason what the entrant said, for the organisers (may be empty)
     * @throws WithdrawalRefusedException when the {@link #standing(long)} has a refusal; nothing changes then
     */
    public Withdrawn withdraw(long entryId, @Nullable String reason) {
        String why = TypedText.paragraphs(reason);
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
}
