package org.youthimages.storage.mail;

import jakarta.inject.Singleton;

/**
 * Where every module puts the emails it wants sent. Queued in the caller's transaction, so an email goes
 * out exactly when the change that caused it is committed; the app delivers it afterwards.
 */
@Singleton
public class MailOutbox {

    private final OutboundEmailRepository emails;

    MailOutbox(OutboundEmailRepository emails) {
        this.emails = emails;
    }

    public OutboundEmail queue(OutboundEmail email) {
        return emails.save(email);
    }
}
