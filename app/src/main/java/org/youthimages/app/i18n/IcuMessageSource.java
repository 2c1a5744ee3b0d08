package org.youthimages.app.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import io.micronaut.context.i18n.ResourceBundleMessageSource;

import java.util.Locale;

/**
 * The public message bundles, formatted with ICU's {@link MessageFormat} so that a message can count in each
 * language's own plural forms: {@code {0, plural, one{# day} other{# days}}} in English, and one, few and many in
 * Russian, or zero, one, two, few, many and other in Arabic, as CLDR defines them. A message without a plural reads
 * as before: its {@code {0}} is replaced by the argument, and a single apostrophe is an apostrophe.
 * <p>
 * Numbers passed as arguments are written with Latin digits in every language, like {@link Formats}, so a page does
 * not mix two kinds of digits.
 */
public class IcuMessageSource extends ResourceBundleMessageSource {

    public IcuMessageSource(String baseName) {
        super(baseName);
    }

    @Override
    public String interpolate(String template, MessageContext context) {
        return new MessageFormat(template, latinDigits(context.getLocale())).format(context.getVariables());
    }

    /** The ICU locale of a reader's language, writing numbers with Latin digits. */
    static ULocale latinDigits(Locale locale) {
        return new ULocale.Builder().setLocale(ULocale.forLocale(locale)).setUnicodeLocaleKeyword("nu", "latn").build();
    }
}
