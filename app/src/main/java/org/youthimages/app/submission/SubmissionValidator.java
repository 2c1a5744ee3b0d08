package org.youthimages.app.submission;

import io.micronaut.core.annotation.Nullable;
import org.youthimages.app.edition.EditionRules.PublicEdition;
import org.youthimages.app.i18n.Formats;
import org.youthimages.app.i18n.Language;
import org.youthimages.app.i18n.Messages;
import org.youthimages.storage.edition.AgeCategory;
import org.youthimages.storage.edition.Ages;
import org.youthimages.storage.edition.Prize;
import org.youthimages.storage.edition.Theme;
import org.youthimages.storage.entry.Consent;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.mail.EmailAddresses;
import org.youthimages.storage.submission.NewEntry;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The authority on what a submission form may contain. Each problem comes back with the field it belongs to and
 * a message in the reader's language; a form without problems becomes a {@link NewEntry}.
 */
final class SubmissionValidator {

    static final int MAX_SYNOPSIS_WORDS = 100;
    static final int MAX_TEAM = 10;

    private final SubmissionForm form;
    private final PublicEdition edition;
    private final Language language;
    private final Messages messages;
    private final LocalDate today;
    private final FieldLabels labels;
    private final List<FieldError> errors = new ArrayList<>();

    SubmissionValidator(SubmissionForm form, PublicEdition edition, Language language, Messages messages, LocalDate today) {
        this.form = form;
        this.edition = edition;
        this.language = language;
        this.messages = messages;
        this.today = today;
        this.labels = new FieldLabels(language, messages);
    }

    /** The problems found; empty when the form is valid. */
    List<FieldError> validateDetails() {
        film();
        Optional<AgeCategory> category = entrant();
        team();
        if (category.isPresent() && needsGuardian()) {
            guardian();
        }
        return errors;
    }

    List<FieldError> validateNew() {
        validateDetails();
        for (Consent.Kind kind : Declarations.ENTRANT) {
            if (!"yes".equals(form.get("decl." + kind.name()))) {
                error("decl." + kind.name(), "error.declaration");
            }
        }
        return errors;
    }

    boolean needsGuardian() {
        LocalDate born = date("dateOfBirth");
        return born != null && Ages.minorOn(born, today);
    }

    NewEntry toNewEntry(List<NewEntry.Declaration> declarations) {
        Entry.Footage footage = Entry.Footage.valueOf(form.get("footage"));
        NewEntry.Film film = new NewEntry.Film(form.get("title"), form.get("synopsis"), form.get("originalLanguage"),
                blankToNull(form.get("subtitleLanguage")), date("completedOn"), theme("mainTheme").orElseThrow().id(),
                theme("secondaryTheme").map(Theme::id).orElse(null), prize().map(Prize::id).orElse(null),
                form.get("screeningHistory"), footage, footage == Entry.Footage.NONE ? "" : form.get("footageDetails"));
        LocalDate born = date("dateOfBirth");
        NewEntry.Entrant entrant = new NewEntry.Entrant(form.get("givenName"), form.get("familyName"),
                form.get("email"), born, form.get("country"), blankToNull(form.get("organisation")));
        NewEntry.Guardian guardian = needsGuardian() ? new NewEntry.Guardian(form.get("guardianGivenName"),
                form.get("guardianFamilyName"), form.get("guardianEmail"), form.get("guardianRelationship")) : null;
        List<NewEntry.TeamMember> team = form.teamRows().stream()
                .map(i -> new NewEntry.TeamMember(form.get(SubmissionForm.team(i, "givenName")),
                        form.get(SubmissionForm.team(i, "familyName")), form.get(SubmissionForm.team(i, "role")),
                        Integer.parseInt(form.get(SubmissionForm.team(i, "age")))))
                .toList();
        int age = Ages.ageOn(born, edition.edition().ageCutoffDate());
        long category = Ages.category(edition.categories(), age).orElseThrow().id();
        return new NewEntry(edition.edition().id(), edition.edition().year(), language.code(), film, entrant, guardian,
                team, category, declarations);
    }

    private void film() {
        text("title", 200, true);
        String synopsis = form.get("synopsis");
        int words = WordCount.of(synopsis, language.locale());
        if (synopsis.isBlank()) {
            error("synopsis", "error.required");
        } else if (words > MAX_SYNOPSIS_WORDS) {
            error("synopsis", "error.synopsis.words", fmt().number(MAX_SYNOPSIS_WORDS), fmt().number(words));
        }
        if (!FormChoices.isLanguage(form.get("originalLanguage"))) {
            error("originalLanguage", "error.choose");
        }
        String subtitles = form.get("subtitleLanguage");
        if (!subtitles.isBlank() && !FormChoices.isLanguage(subtitles)) {
            error("subtitleLanguage", "error.choose");
        }
        LocalDate completed = requiredDate("completedOn");
        if (completed != null && completed.isAfter(today)) {
            error("completedOn", "error.date.future");
        }
        if (theme("mainTheme").isEmpty()) {
            error("mainTheme", "error.choose");
        }
        if (!form.get("secondaryTheme").isBlank()) {
            if (theme("secondaryTheme").isEmpty()) {
                error("secondaryTheme", "error.choose");
            } else if (form.get("secondaryTheme").equals(form.get("mainTheme"))) {
                error("secondaryTheme", "error.theme.same");
            }
        }
        if (!form.get("specialRecognition").isBlank() && prize().isEmpty()) {
            error("specialRecognition", "error.choose");
        }
        text("screeningHistory", 2000, false);
        footage();
    }

    private void footage() {
        String answer = form.get("footage");
        if (answer.isBlank()) {
            error("footage", "error.footage.required");
            return;
        }
        try {
            if (Entry.Footage.valueOf(answer) != Entry.Footage.NONE) {
                text("footageDetails", 1000, true);
            }
        } catch (IllegalArgumentException e) {
            error("footage", "error.footage.required");
        }
    }

    private Optional<AgeCategory> entrant() {
        text("givenName", 100, true);
        text("familyName", 100, false);
        email("email");
        Optional<AgeCategory> category = ageCategory(requiredDate("dateOfBirth")); // checked in the page's order
        if (!FormChoices.isCountry(form.get("country"))) {
            error("country", "error.choose");
        }
        text("organisation", 200, false);
        return category;
    }

    private Optional<AgeCategory> ageCategory(@Nullable LocalDate born) {
        if (born == null) {
            return Optional.empty();
        }
        if (!born.isBefore(today)) {
            error("dateOfBirth", "error.date.future");
            return Optional.empty();
        }
        LocalDate cutoff = edition.edition().ageCutoffDate();
        int age = Ages.ageOn(born, cutoff);
        Optional<AgeCategory> category = Ages.category(edition.categories(), age);
        if (category.isEmpty()) {
            String key = age > edition.maxAge() ? "error.age.over" : age < edition.minAge() ? "error.age.under"
                    : "error.age.nocategory";
            error("dateOfBirth", key, age, fmt().date(cutoff), edition.minAge(), edition.maxAge());
        }
        return category;
    }

    private void team() {
        List<Integer> rows = form.teamRows();
        if (rows.size() > MAX_TEAM) {
            error(SubmissionForm.team(rows.get(MAX_TEAM), "givenName"), "error.team.size", fmt().number(MAX_TEAM));
        }
        for (int i : rows) {
            text(SubmissionForm.team(i, "givenName"), 100, true);
            text(SubmissionForm.team(i, "familyName"), 100, false);
            text(SubmissionForm.team(i, "role"), 100, true);
            String ageField = SubmissionForm.team(i, "age");
            try {
                int age = Integer.parseInt(form.get(ageField).trim());
                if (age < edition.minAge() || age > edition.maxAge()) {
                    error(ageField, "error.team.age", edition.minAge(), edition.maxAge());
                }
            } catch (NumberFormatException e) {
                error(ageField, "error.number");
            }
        }
    }

    private void guardian() {
        text("guardianGivenName", 100, true);
        text("guardianFamilyName", 100, false);
        email("guardianEmail");
        if (!SubmissionForm.RELATIONSHIPS.contains(form.get("guardianRelationship"))) {
            error("guardianRelationship", "error.choose");
        }
    }

    private void text(String field, int max, boolean required) {
        String value = form.get(field);
        if (required && value.isBlank()) {
            error(field, "error.required");
        } else if (value.length() > max) {
            error(field, "error.toolong", fmt().number(max));
        }
    }

    private void email(String field) {
        String value = form.get(field);
        if (value.isBlank()) {
            error(field, "error.required");
        } else if (!EmailAddresses.looksValid(value)) {
            error(field, "error.email");
        }
    }

    @Nullable
    private LocalDate requiredDate(String field) {
        if (form.get(field).isBlank()) {
            error(field, "error.required");
            return null;
        }
        LocalDate date = date(field);
        if (date == null) {
            error(field, "error.date");
        }
        return date;
    }

    @Nullable
    private LocalDate date(String field) {
        try {
            return LocalDate.parse(form.get(field).trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private Optional<Theme> theme(String field) {
        return edition.themes().stream().filter(t -> t.code().equals(form.get(field))).findFirst();
    }

    private Optional<Prize> prize() {
        return edition.specialRecognitions().stream().filter(p -> p.code().equals(form.get("specialRecognition"))).findFirst();
    }

    private void error(String field, String key, Object... args) {
        if (errors.stream().noneMatch(e -> e.field().equals(field))) {
            errors.add(new FieldError(field, labels.of(field).orElse(null), messages.get(language, key, args)));
        }
    }

    private Formats fmt() {
        return new Formats(language);
    }

    @Nullable
    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
