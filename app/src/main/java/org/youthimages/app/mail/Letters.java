package org.youthimages.app.mail;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.youthimages.app.i18n.Language;
import org.youthimages.app.i18n.Messages;
import org.youthimages.storage.mail.Email;

import java.util.List;

/**
 * Writes the platform's letters to entrants and guardians in one shape: greeting by first name, the paragraphs,
 * at most one action link, and the sign-off, all in the reader's language and writing direction. Guardians are
 * adults, often strangers to the contest, and are greeted in the formal register where a language has one.
 */
@Singleton
public class Letters {

    private final Messages messages;

    Letters(Messages messages) {
        this.messages = messages;
    }

    /** Who reads the letter, which sets how it greets them. */
    public enum Reader {
        ENTRANT("mail.greeting"),
        GUARDIAN("mail.greeting.guardian");

        private final String greetingKey;

        Reader(String greetingKey) {
            this.greetingKey = greetingKey;
        }
    }

    /**
     * @param actionKey the message key of the action link's label, or null for a letter without one
     */
    public Email write(Language language, Reader reader, String recipient, String givenName, String kind,
                       String subject, List<String> paragraphs, @Nullable String actionKey,
                       @Nullable String actionUrl) {
        String actionLabel = actionKey == null ? null : text(language, actionKey);
        return new Email(recipient, language.code(), language.dir(), kind, subject,
                text(language, reader.greetingKey, givenName), paragraphs, actionLabel,
                actionLabel == null ? null : text(language, "label.lead", actionLabel),
                actionUrl, text(language, "mail.signoff"));
    }

    /** A text of the letters' bundle in the reader's language. */
    public String text(Language language, String key, Object... args) {
        return messages.get(language, key, args);
    }
}
