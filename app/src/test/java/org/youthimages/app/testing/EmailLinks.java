package org.youthimages.app.testing;

import org.youthimages.storage.mail.OutboundEmail;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The private links the platform's emails carry, as the reader would follow them. */
public final class EmailLinks {

    private EmailLinks() {
    }

    /** The path of the email's link that starts with this path, e.g. {@code /entries/} then its 43-letter token. */
    public static String path(OutboundEmail email, String start) {
        Matcher m = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(start) + "[A-Za-z0-9_-]{43})")
                .matcher(email.bodyText());
        assertThat(m.find()).as(email.bodyText()).isTrue();
        return m.group(1);
    }
}
