package org.youthimages.storage.edition;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** One year's contest: its submission window, its rules and, through other tables, its categories and rounds. */
@MappedEntity
@Serdeable.Serializable
public record Edition(@Id @GeneratedValue @Nullable Long id,
                      String slug,
                      String name,
                      int year,
                      String themeText,
                      String rulesText,
                      State state,
                      String timeZone,
                      Instant submissionsOpenAt,
                      Instant submissionsCloseAt,
                      int minFilmSeconds,
                      int maxFilmSeconds,
                      int lengthToleranceSeconds,
                      long maxFileBytes,
                      int minVideoHeight,
                      LocalDate ageCutoffDate,
                      @Nullable LocalDate earliestCompletionDate,
                      @Nullable Integer personalDataRetentionDays,
                      @MappedProperty("is_demo") boolean demo,
                      @DateCreated @Nullable Instant createdAt,
                      @DateUpdated @Nullable Instant updatedAt) {

    public enum State { DRAFT, LIVE, ARCHIVED }

    public Edition {
        ZoneId.of(timeZone); // rejects an unknown time zone before it reaches the database
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** The edition with its name, theme and rules in another language (for readers; never saved). */
    public Edition withTexts(String newName, String newThemeText, String newRulesText) {
        return new Edition(id, slug, newName, year, newThemeText, newRulesText, state, timeZone, submissionsOpenAt,
                submissionsCloseAt, minFilmSeconds, maxFilmSeconds, lengthToleranceSeconds, maxFileBytes,
                minVideoHeight, ageCutoffDate, earliestCompletionDate, personalDataRetentionDays, demo, createdAt,
                updatedAt);
    }

    public Edition withWindow(Instant opensAt, Instant closesAt) {
        return new Edition(id, slug, name, year, themeText, rulesText, state, timeZone, opensAt, closesAt,
                minFilmSeconds, maxFilmSeconds, lengthToleranceSeconds, maxFileBytes, minVideoHeight, ageCutoffDate,
                earliestCompletionDate, personalDataRetentionDays, demo, createdAt, updatedAt);
    }

    public Edition withMaxFileBytes(long bytes) {
        return new Edition(id, slug, name, year, themeText, rulesText, state, timeZone, submissionsOpenAt,
                submissionsCloseAt, minFilmSeconds, maxFilmSeconds, lengthToleranceSeconds, bytes, minVideoHeight,
                ageCutoffDate, earliestCompletionDate, personalDataRetentionDays, demo, createdAt, updatedAt);
    }

    public Edition withRetentionDays(Integer days) {
        return new Edition(id, slug, name, year, themeText, rulesText, state, timeZone, submissionsOpenAt,
                submissionsCloseAt, minFilmSeconds, maxFilmSeconds, lengthToleranceSeconds, maxFileBytes,
                minVideoHeight, ageCutoffDate, earliestCompletionDate, days, demo, createdAt, updatedAt);
    }

    /** Open for entries: live, and within the submission window. */
    public boolean acceptsEntriesAt(Instant now) {
        return state == State.LIVE && !now.isBefore(submissionsOpenAt) && now.isBefore(submissionsCloseAt);
    }
}
