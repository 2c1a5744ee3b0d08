package org.youthimages.app.site;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * What someone typed or pasted into a public form, made fit to keep and show again: composed to Unicode NFC (so an
 * "é" typed as "e" and an accent is the same name as one typed at once), without the invisible control characters
 * that no keyboard types but a paste or a script can send (PostgreSQL refuses the NUL character in text outright),
 * and without spaces at either end. A one-line field keeps no line break: a pasted one becomes a space, so a title
 * reads the same in an email's subject, a CSV row and the judging screens.
 */
public final class FormText {

    private static final Pattern LINE_BREAKS = Pattern.compile("\\R");
    private static final Pattern BREAKS_AND_TABS = Pattern.compile("\\R|\\t");
    private static final Pattern CONTROLS_BUT_TAB_AND_LINE_FEED = Pattern.compile("[\\p{Cc}&&[^\\t\\n]]");

    private FormText() {
    }

    /** A one-line field's value: line breaks and tabs become spaces, other control characters go. */
    public static String line(String typed) {
        return clean(BREAKS_AND_TABS.matcher(compose(typed)).replaceAll(" "));
    }

    /** A text area's value: each line break becomes a line feed (browsers send CR LF), other control characters but tabs go. */
    public static String paragraphs(String typed) {
        return clean(LINE_BREAKS.matcher(compose(typed)).replaceAll("\n"));
    }

    private static String compose(String typed) {
        return typed == null ? "" : Normalizer.normalize(typed, Normalizer.Form.NFC);
    }

    private static String clean(String text) {
        return CONTROLS_BUT_TAB_AND_LINE_FEED.matcher(text).replaceAll("").strip();
    }
}
