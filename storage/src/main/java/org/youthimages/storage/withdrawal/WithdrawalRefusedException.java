package org.youthimages.storage.withdrawal;

/** The entry cannot be withdrawn: {@link #refusal()} says why. Nothing was changed. */
public class WithdrawalRefusedException extends RuntimeException {

    private final EntryWithdrawals.Refusal refusal;

    WithdrawalRefusedException(EntryWithdrawals.Refusal refusal, String reference) {
        super("Entry " + reference + " cannot be withdrawn: " + refusal);
        this.refusal = refusal;
    }

    public EntryWithdrawals.Refusal refusal() {
        return refusal;
    }
}
