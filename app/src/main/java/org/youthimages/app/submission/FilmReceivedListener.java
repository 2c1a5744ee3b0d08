package org.youthimages.app.submission;

import jakarta.inject.Singleton;
import org.youthimages.app.mail.SubmissionEmails;
import org.youthimages.storage.entry.Person;
import org.youthimages.storage.entry.PersonRepository;
import org.youthimages.storage.submission.FilmReceipt;
import org.youthimages.storage.upload.UploadCompletionListener;
import org.youthimages.storage.upload.UploadSession;

/** When a film's upload completes: record it, queue its transcoding, and tell the entrant. */
@Singleton
class FilmReceivedListener implements UploadCompletionListener {

    private final FilmReceipt receipt;
    private final PersonRepository people;
    private final SubmissionEmails emails;

    FilmReceivedListener(FilmReceipt receipt, PersonRepository people, SubmissionEmails emails) {
        this.receipt = receipt;
        this.people = people;
        this.emails = emails;
    }

    @Override
    public void uploadCompleted(UploadSession session) {
        FilmReceipt.Received received = receipt.record(session);
        Person entrant = people.findByEntryIdAndRole(session.entryId(), Person.Role.ENTRANT).orElseThrow();
        if (entrant.email() != null) {
            emails.filmReceived(received.entry(), entrant, session.filename(), session.length());
        }
    }
}
