package org.youthimages.storage.account;

import io.micronaut.core.annotation.Nullable;
import org.youthimages.storage.mail.EmailAddresses;
import org.youthimages.storage.text.TypedText;

import java.util.Set;
import java.util.regex.Pattern;

/** An organiser's invitation of a juror (or another organiser). */
public record Invitation(String email, String displayName, String locale, Set<Role> roles,
                         @Nullable String organisation, @Nullable String countryCode) {

    private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2}$");

    public Invitation {
        email = TypedText.line(email);
        displayName = TypedText.line(displayName);
        if (!isEmail(email)) {
            throw new IllegalArgumentException("Not an email address: " + email);
        }
        if (displayName.isEmpty()) {
            throw new IllegalArgumentException("A name is needed");
        }
        if (!Languages.isSupported(locale)) {
            throw new IllegalArgumentException("Not a language of the judging interface: " + locale);
        }
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("At least one role is needed");
        }
        roles = Set.copyOf(roles);
        String typedOrganisation = TypedText.line(organisation);
        organisation = typedOrganisation.isEmpty() ? null : typedOrganisation;
        if (!isCountryCodeOrNone(countryCode)) {
            throw new IllegalArgumentException("Not a two-letter country code: " + countryCode);
        }
        countryCode = countryCode == null || countryCode.isBlank() ? null : countryCode.strip().toUpperCase();
    }

    /** Whether an invitation can go to this address (surrounding spaces allowed). */
    public static boolean isEmail(@Nullable String email) {
        return email != null && EmailAddresses.looksValid(email.strip());
    }

    /** Whether this is a two-letter country code, in either case, or nothing at all. */
    public static boolean isCountryCodeOrNone(@Nullable String countryCode) {
        return countryCode == null || countryCode.isBlank()
                || COUNTRY.matcher(countryCode.strip().toUpperCase()).matches();
    }
}
