package org.youthimages.app.reminder;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.youthimages.app.mail.SubmissionEmails;
import org.youthimages.storage.reminder.UnfinishedEntries;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;

/**
 * A few days before an edition's deadline, entrants whose film never arrived, or whose parent or guardian has not
 * confirmed their consent, are emailed; such a guardian gets the consent link again. Once per entry and deadline.
 */
@Singleton
public class DeadlineReminders {

    private static final Logger LOG = LoggerFactory.getLogger(DeadlineReminders.class);
    private static final int BATCH = 50;

    private final UnfinishedEntries unfinished;
    private final SubmissionEmails emails;
    private final DeadlineReminderSettings settings;
    private final TransactionOperations<Connection> transactions;

    DeadlineReminders(UnfinishedEntries unfinished, SubmissionEmails emails, DeadlineReminderSettings settings,
                      TransactionOperations<Connection> transactions) {
        this.unfinished = unfinished;
        this.emails = emails;
        this.settings = settings;
        this.transactions = transactions;
    }

    /** Sends every reminder now due; returns how many entries were reminded. */
    @Scheduled(fixedDelay = "${yi.reminders.interval:15m}", initialDelay = "${yi.reminders.interval:15m}")
    public int remind() {
        int reminded = 0;
        for (int batch = remindBatch(); batch > 0; batch = remindBatch()) {
            reminded += batch;
        }
        if (reminded > 0) {
            LOG.info("Reminded {} entrants of the deadline", reminded);
        }
        return reminded;
    }

    /** One batch in one transaction: the emails are queued with the claim, or neither happens. */
    private int remindBatch() {
        return transactions.executeWrite(status -> {
            List<UnfinishedEntries.Unfinished> due = unfinished.claim(Instant.now(), settings.beforeDeadline(),
                    settings.minimumAge(), BATCH);
            for (UnfinishedEntries.Unfinished entry : due) {
                emails.deadlineReminder(entry);
                if (entry.guardianMissing()) {
                    emails.guardianReminder(entry);
                }
            }
            return due.size();
        });
    }
}
