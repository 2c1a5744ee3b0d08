package org.youthimages.app.submission;

import org.youthimages.storage.edition.AgeCategory;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/** Ages count at the edition's cut-off date; the category follows from the age, never from a choice. */
public final class AgeCheck {

    private AgeCheck() {
    }

    public static int ageOn(LocalDate dateOfBirth, LocalDate day) {
        return Period.between(dateOfBirth, day).getYears();
    }

    public static Optional<AgeCategory> category(List<AgeCategory> categories, int age) {
        return categories.stream().filter(c -> c.includes(age)).findFirst();
    }
}
