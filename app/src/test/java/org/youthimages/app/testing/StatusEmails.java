package org.youthimages.app.testing;

import org.youthimages.app.status.StatusNotifier;

/**
 * Sends every status email due. One run of the notifier takes at most 50 entries, oldest change first, and the
 * tests share one database in which other classes leave entries with untold changes: a single run may not reach the
 * entry a test has just changed.
 */
public final class StatusEmails {

    private StatusEmails() {
    }

    /** Runs the notifier until nothing is left to tell; returns how many entries were told. */
    public static int sendAllDue(StatusNotifier notifier) {
        int told = 0;
        for (int batch; (batch = notifier.notifyChanges()) > 0; ) {
            told += batch;
        }
        return told;
    }
}
