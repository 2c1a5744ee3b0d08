package org.youthimages.storage.withdrawal;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** What decides whether an entry may be withdrawn, read in one query (locked when the withdrawal itself reads it). */
record WithdrawalState(long editionId, String reference, String eligibility, @Nullable String eligibilityReason,
                       @Nullable Instant withdrawnAt, boolean erased, boolean published) {

    /** Why the entry cannot be withdrawn now, or null when it can. */
    @Nullable
    EntryWithdrawals.Refusal refusal() {
        if ("WITHDRAWN".equals(eligibility)) {
            return EntryWithdrawals.Refusal.ALREADY_WITHDRAWN;
        }
        if (erased) {
            return EntryWithdrawals.Refusal.PERSONAL_DATA_ERASED;
        }
        return published ? EntryWithdrawals.Refusal.RESULTS_PUBLISHED : null;
    }
}
