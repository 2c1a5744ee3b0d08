package org.youthimages.app.site;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import org.youthimages.storage.mail.EmailAddresses;

/**
 * Where entrants, guardians and jurors write with a question: shown at the foot of every public page and set as the
 * Reply-To of every email, so a reply to "no-reply" still reaches the organisers. Empty: neither is shown nor set.
 *
 * @param email one address the organisers read, e.g. {@code contest@example.org}
 */
@Context // read at start, so a malformed address stops the app there instead of failing each email
@ConfigurationProperties("yi.contact")
public record ContactSettings(@Nullable String email) {

    public ContactSettings {
        email = email == null || email.isBlank() ? null : email.strip();
        if (email != null && !EmailAddresses.looksValid(email)) {
            throw new IllegalArgumentException("yi.contact.email (YI_CONTACT_EMAIL) is not an email address: " + email
                    + "; write a bare address such as contest@example.org");
        }
    }
}
