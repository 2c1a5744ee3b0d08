package org.youthimages.storage.account;

import org.youthimages.storage.mail.Email;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * An email of the judging side written from a bundle's texts in the shape of every email of the platform: the
 * bundle's {@code greeting}, the paragraphs of {@code <texts>.body} (separated by a blank line), a button labelled
 * {@code <texts>.action} above its link (the plain text leads into it with {@code lead}), and {@code signoff}; the
 * subject is {@code <texts>.subject}. Every text is formatted with the same arguments.
 */
final class BundleEmail {

    private BundleEmail() {
    }

    static Email write(ResourceBundle bundle, Locale language, String recipient, String kind, String texts,
                       String link, Object... arguments) {
        String action = Languages.format(bundle, texts + ".action", language, arguments);
        return new Email(recipient, language.getLanguage(), "ltr", kind,
                Languages.format(bundle, texts + ".subject", language, arguments),
                Languages.format(bundle, "greeting", language, arguments),
                List.of(Languages.format(bundle, texts + ".body", language, arguments).split("\n\n")), action,
                Languages.format(bundle, "lead", language, action), link,
                Languages.format(bundle, "signoff", language, arguments));
    }
}
