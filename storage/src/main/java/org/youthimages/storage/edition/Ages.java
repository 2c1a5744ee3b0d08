package org.youthimages.storage.edition;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * The contest's age rules, shared by the submission form and the screening checks: ages count in whole years on a
 * given day (the edition's cut-off for the category, the day of entry for guardian consent), and the category
 * follows from the age, never from a choice.
 */
public final class Ages {

    /** Below this age on the day of entry, a parent or guardian must confirm consent. */
    public static final int AGE_OF_MAJORITY = 18;

    private Ages() {
    }

    public static int ageOn(LocalDate dateOfBirth, LocalDate day) {
        return Period.between(dateOfBirth, day).getYears();
    }

    public static boolean minorOn(LocalDate dateOfBirth, LocalDate day) {
        return ageOn(dateOfBirth, day) < AGE_OF_MAJORITY;
    }

    /** The edition's category for that age, if any takes it. */
    public static Optional<AgeCategory> category(List<AgeCategory> categories, int age) {
        return categories.stream().filter(c -> c.includes(age)).findFirst();
    }
}
