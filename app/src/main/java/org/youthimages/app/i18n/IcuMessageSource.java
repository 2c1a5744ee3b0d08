package org.youthimages.app.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import io.micronaut.context.i18n.ResourceBundleMessageSource;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The public message bundles, formatted with ICU's {@link MessageFormat} so that a message can count in each
 * language's own plural forms: {@code {0, plural, one{# day} other{# days}}} in English, and one, few and many in
 * Russian, or zero, one, two, few, many and other in Arabic, as CLDR defines them. A message without a plural reads
 * as before: its {@code {0}} is replaced by the argument, and a single apostrophe is an apostrophe.
 * <p>
 * Numbers passed as arguments are written with Latin digits in every language, like {@link Formats}, so a page does
 * not mix two kinds of digits. In a right-to-left language each text argument is isolated (U+2068 … U+2069, as
 * Unicode's bidirectional algorithm and ICU's MessageFormat 2 do), so that an email address, a reference or a Latin
 * title inside an Arabic sentence keeps its own order and does not carry the sentence's punctuation along; a message
 * formatted for the reader and passed into another keeps the reader's direction.
 */
public class IcuMessageSource extends ResourceBundleMessageSource {

    private static final char RIGHT_TO_LEFT_ISOLATE = '\u2067';
    private static final char FIRST_STRONG_ISOLATE = '\u2068';
    private static final char POP_DIRECTIONAL_ISOLATE = '\u2069';

    public IcuMessageSource(String baseName) {
        super(baseName);
    }

    @Override
    public String interpolate(String template, MessageContext context) {
        ULocale reader = latinDigits(context.getLocale());
        Map<String, Object> arguments = context.getVariables();
        if (reader.isRightToLeft()) {
            arguments = new LinkedHashMap<>(arguments);
            arguments.replaceAll((name, value) -> value instanceof CharSequence text ? isolated(text.toString()) : value);
        }
        return new MessageFormat(template, reader).format(arguments);
    }

    /**
     * A text argument isolated from the sentence around it, taking its direction from its first strong letter. A
     * message already formatted for this reader ("Team member 1, Age", its own arguments isolated) has no letter
     * outside its isolates, and would be taken as left-to-right: it is isolated as right-to-left, the reader's.
     */
    private static String isolated(String text) {
        char start = text.indexOf(FIRST_STRONG_ISOLATE) >= 0 ? RIGHT_TO_LEFT_ISOLATE : FIRST_STRONG_ISOLATE;
        return start + text + POP_DIRECTIONAL_ISOLATE;
    }

    /** The ICU locale of a reader's language, writing numbers with Latin digits. */
    static ULocale latinDigits(Locale locale) {
        return new ULocale.Builder().setLocale(ULocale.forLocale(locale)).setUnicodeLocaleKeyword("nu", "latn").build();
    }
}
