package org.youthimages.storage.mail;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * An email waiting in the outbox, or sent. {@code kind} names what it is for (e.g. {@code SUBMISSION_RECEIVED},
 * {@code GUARDIAN_CONSENT}, {@code JUROR_INVITATION}), so tests and organisers can find it.
 */
@MappedEntity
public record OutboundEmail(@Id @GeneratedValue @Nullable Long id,
                            String recipient,
                            String locale,
                            String kind,
                            String subject,
                            String bodyText,
                            @Nullable String bodyHtml,
                            @DateCreated @Nullable Instant createdAt,
                            Instant sendAfter,
                            int attempts,
                            @Nullable Instant sentAt,
                            @Nullable Instant failedAt,
                            @Nullable String lastError) {

    public static OutboundEmail of(String recipient, String locale, String kind, String subject, String bodyText,
                                   @Nullable String bodyHtml) {
        return new OutboundEmail(null, recipient, locale, kind, subject, bodyText, bodyHtml, null, Instant.now(), 0,
                null, null, null);
    }
}
