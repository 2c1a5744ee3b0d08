package org.youthimages.app.submission;

import org.youthimages.app.i18n.Language;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** The lists a form offers (languages of films, countries), named and sorted in the reader's language. */
public final class FormChoices {

    private static final Set<String> COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);
    /**
     * ISO 639-1 codes, each language once and none withdrawn: Java also lists iw, in and ji beside he, id and yi, and
     * still lists mo (Moldavian, now ro) and bh (Bihari, a group of languages), which no reader's language names.
     */
    private static final Set<String> WITHDRAWN = Set.of("mo", "bh");
    private static final List<String> LANGUAGES = Stream.of(Locale.getISOLanguages())
            .filter(code -> Locale.of(code).getLanguage().equals(code) && !WITHDRAWN.contains(code)).toList();

    private FormChoices() {
    }

    public record Choice(String code, String name) {
    }

    public static List<Choice> countries(Language reader) {
        return sorted(COUNTRIES.stream().map(c -> new Choice(c, Locale.of("", c).getDisplayCountry(reader.locale()))), reader);
    }

    public static List<Choice> languages(Language reader) {
        return sorted(LANGUAGES.stream().map(l -> new Choice(l, Locale.of(l).getDisplayLanguage(reader.locale())))
                .filter(c -> !c.name().equals(c.code())), reader);
    }

    public static boolean isCountry(String code) {
        return code != null && COUNTRIES.contains(code);
    }

    public static boolean isLanguage(String code) {
        return code != null && LANGUAGES.contains(code);
    }

    public static String countryName(String code, Language reader) {
        return code == null ? "" : Locale.of("", code).getDisplayCountry(reader.locale());
    }

    public static String languageName(String code, Language reader) {
        return code == null ? "" : Locale.of(code).getDisplayLanguage(reader.locale());
    }

    private static List<Choice> sorted(Stream<Choice> choices, Language reader) {
        Collator collator = Collator.getInstance(reader.locale());
        return choices.sorted(Comparator.comparing(Choice::name, collator)).toList();
    }
}
