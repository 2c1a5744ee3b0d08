package org.youthimages.storage.submission;

import io.micronaut.core.annotation.Nullable;
import org.youthimages.storage.entry.Consent;
import org.youthimages.storage.entry.Entry;

import java.time.LocalDate;
import java.util.List;

/** Everything a validated submission form gives: the film, the people behind it and their declarations. */
public record NewEntry(long editionId,
                       int editionYear,
                       String locale,
                       Film film,
                       Entrant entrant,
                       @Nullable Guardian guardian,
                       List<TeamMember> team,
                       long ageCategoryId,
                       List<Declaration> declarations) {

    public NewEntry {
        team = List.copyOf(team);
        declarations = List.copyOf(declarations);
    }

    public record Film(String title, String synopsis, String originalLanguage, @Nullable String subtitleLanguage,
                       LocalDate completedOn, long mainThemeId, @Nullable Long secondaryThemeId,
                       @Nullable Long specialRecognitionId, String screeningHistory, Entry.Footage footage,
                       String footageDetails) {
    }

    public record Entrant(String givenName, String familyName, String email, LocalDate dateOfBirth, String countryCode,
                          @Nullable String organisation) {
    }

    public record Guardian(String givenName, String familyName, String email, String relationship) {
    }

    public record TeamMember(String givenName, String familyName, String teamRole, int ageYears) {
    }

    /** A declaration as the person read it: the exact text, its version, and the language it was shown in. */
    public record Declaration(Consent.Kind kind, String textVersion, String text, String locale) {
    }
}
