package org.youthimages.storage.screening;

import org.youthimages.storage.edition.AgeCategory;
import org.youthimages.storage.edition.Ages;
import org.youthimages.storage.edition.Edition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The automatic eligibility checks of one edition: the film's length from the file, the entrant's age category
 * from the date of birth at the cut-off, the team's ages, the completion date, the guardian's consent for a minor,
 * subtitles for a film not in English, the same file entered twice, and media problems. Organisers decide; the
 * checks only say what they see.
 */
public final class EligibilityRules {

    private final Edition edition;
    private final List<AgeCategory> categories;

    public EligibilityRules(Edition edition, List<AgeCategory> categories) {
        this.edition = edition;
        this.categories = List.copyOf(categories);
    }

    public List<Check> check(EntryFacts facts) {
        List<Check> checks = new ArrayList<>();
        checks.add(media(facts));
        checks.add(length(facts));
        checks.add(ageCategory(facts));
        checks.add(teamAges(facts));
        checks.add(completionDate(facts));
        checks.add(guardian(facts));
        checks.add(subtitles(facts));
        checks.add(duplicate(facts));
        return checks;
    }

    private static Check media(EntryFacts f) {
        return switch (f.status()) {
            case READY -> Check.pass(Check.Rule.MEDIA, "ready");
            case REJECTED -> Check.fail(Check.Rule.MEDIA, "rejected", String.valueOf(f.rejectionCode()));
            case AWAITING_UPLOAD -> Check.unknown(Check.Rule.MEDIA, "awaiting");
            case RECEIVED, PROCESSING -> Check.unknown(Check.Rule.MEDIA, "processing");
        };
    }

    private Check length(EntryFacts f) {
        if (f.durationMs() == null) {
            return Check.unknown(Check.Rule.LENGTH, "noFile");
        }
        long seconds = Math.round(f.durationMs() / 1000.0);
        long min = edition.minFilmSeconds() - (long) edition.lengthToleranceSeconds();
        long max = edition.maxFilmSeconds() + (long) edition.lengthToleranceSeconds();
        if (seconds < min) {
            return Check.fail(Check.Rule.LENGTH, "tooShort", seconds, edition.minFilmSeconds());
        }
        if (seconds > max) {
            return Check.fail(Check.Rule.LENGTH, "tooLong", seconds, edition.maxFilmSeconds());
        }
        return Check.pass(Check.Rule.LENGTH, "within", seconds, edition.minFilmSeconds(), edition.maxFilmSeconds());
    }

    private Check ageCategory(EntryFacts f) {
        if (f.dateOfBirth() == null) {
            return Check.unknown(Check.Rule.AGE_CATEGORY, f.personalDataErased() ? "erased" : "noBirthDate");
        }
        int age = Ages.ageOn(f.dateOfBirth(), edition.ageCutoffDate());
        Optional<AgeCategory> fits = Ages.category(categories, age);
        if (fits.isEmpty()) {
            return Check.fail(Check.Rule.AGE_CATEGORY, "noCategory", age);
        }
        if (!fits.get().id().equals(f.ageCategoryId())) {
            String entered = categories.stream().filter(c -> c.id().equals(f.ageCategoryId())).map(AgeCategory::name)
                    .findFirst().orElse("—");
            return Check.fail(Check.Rule.AGE_CATEGORY, "otherCategory", age, fits.get().name(), entered);
        }
        return Check.pass(Check.Rule.AGE_CATEGORY, "fits", age, fits.get().name());
    }

    private Check teamAges(EntryFacts f) {
        if (f.teamAges().isEmpty()) {
            return Check.pass(Check.Rule.TEAM_AGES, "noTeam");
        }
        int youngest = categories.stream().mapToInt(AgeCategory::minAge).min().orElse(0);
        int oldest = categories.stream().mapToInt(AgeCategory::maxAge).max().orElse(Integer.MAX_VALUE);
        long outside = f.teamAges().stream().filter(a -> a == null || a < youngest || a > oldest).count();
        return outside == 0 ? Check.pass(Check.Rule.TEAM_AGES, "within", f.teamAges().size(), youngest, oldest)
                : Check.fail(Check.Rule.TEAM_AGES, "outside", outside, youngest, oldest);
    }

    private Check completionDate(EntryFacts f) {
        if (f.completedOn() == null) {
            return Check.fail(Check.Rule.COMPLETION_DATE, "missing");
        }
        if (f.completedOn().isAfter(f.submittedOn())) {
            return Check.fail(Check.Rule.COMPLETION_DATE, "future", f.completedOn());
        }
        LocalDate earliest = edition.earliestCompletionDate();
        if (earliest != null && f.completedOn().isBefore(earliest)) {
            return Check.fail(Check.Rule.COMPLETION_DATE, "tooOld", f.completedOn(), earliest);
        }
        return Check.pass(Check.Rule.COMPLETION_DATE, "within", f.completedOn());
    }

    private static Check guardian(EntryFacts f) {
        boolean minor = f.dateOfBirth() != null && Ages.minorOn(f.dateOfBirth(), f.submittedOn());
        if (!minor && !f.hasGuardian()) {
            return f.dateOfBirth() == null && f.personalDataErased()
                    ? Check.unknown(Check.Rule.GUARDIAN_CONSENT, "erased") : Check.pass(Check.Rule.GUARDIAN_CONSENT, "adult");
        }
        if (!f.hasGuardian()) {
            return Check.fail(Check.Rule.GUARDIAN_CONSENT, "noGuardian");
        }
        return f.guardianConfirmed() ? Check.pass(Check.Rule.GUARDIAN_CONSENT, "confirmed")
                : Check.fail(Check.Rule.GUARDIAN_CONSENT, "pending");
    }

    private static Check subtitles(EntryFacts f) {
        if (f.originalLanguage() == null || f.originalLanguage().isBlank()) {
            return Check.unknown(Check.Rule.SUBTITLES, "noLanguage");
        }
        if (isEnglish(f.originalLanguage())) {
            return Check.pass(Check.Rule.SUBTITLES, "english");
        }
        if (!f.subtitleFiles().isEmpty()) {
            return Check.pass(Check.Rule.SUBTITLES, "file", String.join(", ", f.subtitleFiles()));
        }
        if (f.subtitleLanguage() != null && !f.subtitleLanguage().isBlank()) {
            return Check.pass(Check.Rule.SUBTITLES, "burntIn", f.subtitleLanguage());
        }
        return Check.fail(Check.Rule.SUBTITLES, "missing", f.originalLanguage());
    }

    private static Check duplicate(EntryFacts f) {
        return f.duplicates().isEmpty() ? Check.pass(Check.Rule.DUPLICATE, "unique")
                : Check.fail(Check.Rule.DUPLICATE, "sameFile", String.join(", ", f.duplicates()));
    }

    private static boolean isEnglish(String language) {
        return Locale.forLanguageTag(language.replace('_', '-')).getLanguage().equals("en");
    }

    /** Every check passed: an obvious case for the bulk action. */
    public static boolean allPass(List<Check> checks) {
        return checks.stream().allMatch(c -> c.outcome() == Check.Outcome.PASS);
    }
}
