package org.youthimages.storage.entry;

import com.ibm.icu.text.PersonName;
import com.ibm.icu.text.PersonNameFormatter;
import com.ibm.icu.text.SimplePersonName;
import io.micronaut.core.annotation.Nullable;

import java.util.Locale;

/**
 * A person's full name as their own culture writes it, from the given and family names the form asks for: ICU's
 * person-name formatting (CLDR) reads the script of the name, so 王 + 小雨 is written 王小雨, family name first and with
 * no space, while Layla + Haddad stays Layla Haddad and Маша + Иванова stays Маша Иванова.
 */
public final class PersonNames {

    private static final PersonNameFormatter FULL = PersonNameFormatter.builder()
            .setLocale(Locale.ENGLISH)
            .setLength(PersonNameFormatter.Length.MEDIUM)
            .setUsage(PersonNameFormatter.Usage.REFERRING)
            .setFormality(PersonNameFormatter.Formality.FORMAL)
            .build();

    private PersonNames() {
    }

    /** The full name; just the given name when there is no family name (a name may have only one part). */
    public static String full(@Nullable String given, @Nullable String family) {
        String g = given == null ? "" : given.strip();
        String f = family == null ? "" : family.strip();
        if (g.isEmpty() || f.isEmpty()) {
            return g.isEmpty() ? f : g;
        }
        return FULL.formatToString(SimplePersonName.builder()
                .addField(PersonName.NameField.GIVEN, null, g)
                .addField(PersonName.NameField.SURNAME, null, f)
                .build());
    }
}
