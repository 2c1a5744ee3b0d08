package org.youthimages.app.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The six UN languages every public page and email speaks, each named in itself. */
public enum Language {
    EN("en", "English", false),
    FR("fr", "Français", false),
    ES("es", "Español", false),
    AR("ar", "العربية", true),
    ZH("zh", "中文", false),
    RU("ru", "Русский", false);

    /** The languages' locales, in this order. */
    public static final List<Locale> LOCALES = Arrays.stream(values()).map(Language::locale).toList();

    private final String code;
    private final String nativeName;
    private final boolean rightToLeft;

    Language(String code, String nativeName, boolean rightToLeft) {
        this.code = code;
        this.nativeName = nativeName;
        this.rightToLeft = rightToLeft;
    }

    public String code() {
        return code;
    }

    public String nativeName() {
        return nativeName;
    }

    public String dir() {
        return rightToLeft ? "rtl" : "ltr";
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public static Optional<Language> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String language = code.trim().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return Arrays.stream(values()).filter(l -> l.code.equals(language)).findFirst();
    }

    public static Language of(Locale locale) {
        return of(locale.getLanguage()).orElse(EN);
    }
}
