package org.youthimages.storage.mail;

import java.util.regex.Pattern;

/** The shape an email address typed into a form must have; only an email that arrives proves it works. */
public final class EmailAddresses {

    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private EmailAddresses() {
    }

    /** One {@code @}, a dot in the domain, no spaces, at most 254 characters. */
    public static boolean looksValid(String value) {
        return value.length() <= 254 && SHAPE.matcher(value).matches();
    }
}
