package org.youthimages.storage.edition;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.youthimages.storage.decision.Refused;
import org.youthimages.storage.text.TypedText;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * An edition's own rules as organisers set them. The submission window is given in the edition's time zone (as the
 * contest announces it, e.g. 30 June 2027, 23:59 in Geneva); {@link #validate()} names the first rule broken.
 *
 * @param retentionDays days after the close of submissions when entrants' and guardians' personal data is erased
 *                      (null: kept until erased by hand)
 */
@Serdeable
public record EditionSettings(String slug,
                              String name,
                              int year,
                              String themeText,
                              String rulesText,
                              Edition.State state,
                              String timeZone,
                              LocalDateTime submissionsOpen,
                              LocalDateTime submissionsClose,
                              int minFilmSeconds,
                              int maxFilmSeconds,
                              int lengthToleranceSeconds,
                              long maxFileBytes,
                              int minVideoHeight,
                              LocalDate ageCutoffDate,
                              @Nullable LocalDate earliestCompletionDate,
                              @Nullable Integer retentionDays) {

    /** The texts as typed or pasted, but for control characters and line breaks in the name ({@link TypedText}). */
    public EditionSettings {
        name = TypedText.line(name);
        themeText = TypedText.paragraphs(themeText);
        rulesText = TypedText.paragraphs(rulesText);
    }

    public static EditionSettings of(Edition e) {
        return new EditionSettings(e.slug(), e.name(), e.year(), e.themeText(), e.rulesText(), e.state(),
                e.timeZone(), LocalDateTime.ofInstant(e.submissionsOpenAt(), e.zone()),
                LocalDateTime.ofInstant(e.submissionsCloseAt(), e.zone()), e.minFilmSeconds(), e.maxFilmSeconds(),
                e.lengthToleranceSeconds(), e.maxFileBytes(), e.minVideoHeight(), e.ageCutoffDate(),
                e.earliestCompletionDate(), e.personalDataRetentionDays());
    }

    /** A new edition's starting point: a draft for next year, open for three months from tomorrow. */
    public static EditionSettings draft(LocalDate today) {
        int year = today.getYear() + 1;
        return new EditionSettings("youth-images-" + year, "Youth Images " + year, year, "", "", Edition.State.DRAFT,
                "Europe/Zurich", today.plusDays(1).atStartOfDay(), today.plusMonths(3).atTime(23, 59), 60, 300, 5,
                2L * 1024 * 1024 * 1024, 240, LocalDate.of(year, 6, 30), LocalDate.of(year - 1, 1, 1), 730);
    }

    /**
     * A new edition's starting point when it follows {@code earlier}: the same rules, limits and texts, one year
     * later (or next year, if the earlier edition is older), its dates moved by as many years and the year in its
     * name and address name replaced; a draft.
     */
    public static EditionSettings after(Edition earlier, LocalDate today) {
        int year = Math.max(earlier.year() + 1, today.getYear() + 1);
        int years = year - earlier.year();
        String slug = withYear(earlier.slug(), earlier.year(), year);
        String name = withYear(earlier.name(), earlier.year(), year);
        return new EditionSettings(slug.equals(earlier.slug()) ? "youth-images-" + year : slug,
                name.equals(earlier.name()) ? name + " " + year : name, year,
                earlier.themeText(), earlier.rulesText(), Edition.State.DRAFT, earlier.timeZone(),
                LocalDateTime.ofInstant(earlier.submissionsOpenAt(), earlier.zone()).plusYears(years),
                LocalDateTime.ofInstant(earlier.submissionsCloseAt(), earlier.zone()).plusYears(years),
                earlier.minFilmSeconds(), earlier.maxFilmSeconds(), earlier.lengthToleranceSeconds(),
                earlier.maxFileBytes(), earlier.minVideoHeight(), earlier.ageCutoffDate().plusYears(years),
                earlier.earliestCompletionDate() == null ? null : earlier.earliestCompletionDate().plusYears(years),
                earlier.personalDataRetentionDays());
    }

    /**
     * A name with its year changed: "Youth Images 2027" becomes "Youth Images 2028", while a longer number such as
     * 20270 stays as it is.
     */
    public static String withYear(String name, int fromYear, int toYear) {
        return name.replaceAll("(?<!\\d)" + fromYear + "(?!\\d)", String.valueOf(toYear));
    }

    public Instant opensAt() {
        return submissionsOpen.atZone(ZoneId.of(timeZone)).toInstant();
    }

    public Instant closesAt() {
        return submissionsClose.atZone(ZoneId.of(timeZone)).toInstant();
    }

    /** @throws Refused naming the first rule the settings break */
    public void validate() {
        require(slug != null && slug.matches("[a-z0-9]+(-[a-z0-9]+)*"), "slug",
                "The address name uses lower-case letters, digits and single hyphens");
        require(name != null && !name.isBlank(), "name", "The edition needs a name");
        require(year >= 2000 && year <= 2200, "year", "The year must be between 2000 and 2200");
        require(validZone(), "timeZone", "Unknown time zone " + timeZone);
        require(submissionsOpen != null && submissionsClose != null && submissionsClose.isAfter(submissionsOpen),
                "window", "Submissions must close after they open");
        require(minFilmSeconds > 0 && maxFilmSeconds >= minFilmSeconds, "length",
                "The maximum length must be at least the minimum, which must be above zero");
        require(lengthToleranceSeconds >= 0, "tolerance", "The tolerance cannot be negative");
        require(maxFileBytes > 0, "fileSize", "The maximum file size must be above zero");
        require(minVideoHeight > 0, "height", "The minimum picture height must be above zero");
        require(ageCutoffDate != null, "cutoff", "Ages are counted at a cut-off date: set one");
        require(retentionDays == null || retentionDays > 0, "retention", "Keep personal data at least one day");
    }

    private boolean validZone() {
        try {
            ZoneId.of(timeZone);
            return true;
        } catch (DateTimeException | NullPointerException e) {
            return false;
        }
    }

    private static void require(boolean rule, String key, String message) {
        if (!rule) {
            throw new Refused("settings." + key, message);
        }
    }
}
