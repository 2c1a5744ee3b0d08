package org.youthimages.storage.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * What someone typed or pasted into a form, made fit to keep and show again: composed to Unicode NFC (so an
 * "é" typed as "e" and an accent is the same name as one typed at once), without the invisible control characters
 * that no keyboard types but a paste or a script can send (PostgreSQL refuses the NUL character in text outright),
 * and without spaces at either end. A one-line field keeps no line break: a pasted one becomes a space, so a title
 * reads the same in an email's subject, a CSV row and the judging screens. What is saved while it is still being typed
 * (a juror's draft) only loses the control characters, so nothing moves under the cursor.
 */
public final class TypedText {

    private static final Pattern LINE_BREAKS = Pattern.compile("\\R");
    private static final Pattern BREAKS_AND_TABS = Pattern.compile("\\R|\\t");
    private static final Pattern CONTROLS_BUT_TAB_AND_LINE_FEED = Pattern.compile("[\\p{Cc}&&[^\\t\\n]]");
    private static final Pattern CONTROLS_BUT_TABS_AND_LINE_BREAKS = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");

    private TypedText() {
    }

    /** A one-line field's value: line breaks and tabs become spaces, other control characters go. */
    public static String line(String typed) {
        return clean(BREAKS_AND_TABS.matcher(compose(typed)).replaceAll(" "));
    }

    /** A text area's value: each line break becomes a line feed (browsers send CR LF), other control characters but tabs go. */
    public static String paragraphs(String typed) {
        return clean(LINE_BREAKS.matcher(compose(typed)).replaceAll("\n"));
    }

    /** A text being typed, as it is but for the control characters other than tabs and line breaks. */
    public static String withoutControls(String typed) {
        return typed == null ? "" : CONTROLS_BUT_TABS_AND_LINE_BREAKS.matcher(typed).replaceAll("");
    }

    private static String compose(String typed) {
        return typed == null ? "" : Normalizer.normalize(typed, Normalizer.Form.NFC);
    }

    private static String clean(String text) {
        return CONTROLS_BUT_TAB_AND_LINE_FEED.matcher(text).replaceAll("").strip();
    }
}
