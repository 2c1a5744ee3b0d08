package org.youthimages.storage.account;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/** The languages of the judging interface and of the emails it sends: IOM's working languages. */
public final class Languages {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"));

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Languages() {
    }

    public static boolean isSupported(String tag) {
        return SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(tag));
    }

    /** The supported language closest to {@code tag}, English when none fits. */
    public static Locale closest(String tag) {
        String language = tag == null ? "" : Locale.forLanguageTag(tag.replace('_', '-')).getLanguage();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(Locale.ENGLISH);
    }

    /**
     * The supported language a browser's {@code Accept-Language} header ranks highest, English when none fits or the
     * header is malformed. A regional variant counts as its language before any lower-ranked language is tried:
     * {@code fr-CH, en;q=0.5} reads French (an exact match of {@code en} must not win over it).
     */
    public static Locale preferred(String acceptLanguage) {
        return preferred(acceptLanguage, SUPPORTED).orElse(Locale.ENGLISH);
    }

    /**
     * Of {@code supported}, the language an {@code Accept-Language} header ranks highest (RFC 4647 lookup: a regional
     * range such as {@code zh-TW} falls back to {@code zh}; a language refused with {@code q=0} never matches); empty
     * when none fits or the header is malformed.
     */
    public static Optional<Locale> preferred(String acceptLanguage, List<Locale> supported) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), supported));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The texts of a bundle in {@code locale}. English lives in the base file (there is no {@code _en}), so the JVM's
     * default locale must not be tried first: on a French server an English reader would get French.
     */
    public static ResourceBundle texts(String bundle, Locale locale) {
        return ResourceBundle.getBundle(bundle, locale, NO_FALLBACK);
    }

    /** One text of a bundle with its arguments, formatted the way {@code locale} writes numbers and plurals. */
    public static String format(ResourceBundle texts, String key, Locale locale, Object... arguments) {
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }
}
