package org.youthimages.storage.edition;

import jakarta.inject.Singleton;
import org.youthimages.storage.decision.Warning;
import org.youthimages.storage.sql.Jdbc;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a change of rules would do to the entries already received: each warning counts the entries that met the
 * old rule and would break the new one, so an organiser sees exactly what confirming means.
 */
@Singleton
class RuleChecks {

    /** The entrant's age at a cut-off date, for SQL where the entrant is {@code p} and the date the parameter. */
    private static final String AGE_AT = "extract(year from age(?, p.date_of_birth))::int";

    private final Jdbc jdbc;

    RuleChecks(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    long entries(long editionId) {
        return jdbc.one("select count(*) from entry where edition_id = ?", rs -> rs.getLong(1), editionId).orElse(0L);
    }

    List<Warning> settingsChange(Edition before, EditionSettings after) {
        List<Warning> warnings = new ArrayList<>();
        if (entries(before.id()) == 0) {
            return warnings;
        }
        long id = before.id();
        add(warnings, "LENGTH_LIMITS", count("""
                select count(*) from entry where edition_id = ? and duration_ms is not null
                   and duration_ms between ? and ? and duration_ms not between ? and ?""", id,
                (before.minFilmSeconds() - before.lengthToleranceSeconds()) * 1000L,
                (before.maxFilmSeconds() + before.lengthToleranceSeconds()) * 1000L,
                (after.minFilmSeconds() - after.lengthToleranceSeconds()) * 1000L,
                (after.maxFilmSeconds() + after.lengthToleranceSeconds()) * 1000L),
                after.minFilmSeconds(), after.maxFilmSeconds());
        add(warnings, "FILE_SIZE", count("""
                select count(*) from media_asset m join entry e on e.id = m.entry_id
                 where e.edition_id = ? and m.kind = 'ORIGINAL' and m.size_bytes <= ? and m.size_bytes > ?""",
                id, before.maxFileBytes(), after.maxFileBytes()));
        add(warnings, "VIDEO_HEIGHT", count("""
                select count(*) from media_asset m join entry e on e.id = m.entry_id
                 where e.edition_id = ? and m.kind = 'ORIGINAL' and m.height >= ? and m.height < ?""",
                id, before.minVideoHeight(), after.minVideoHeight()));
        if (!Objects.equals(before.earliestCompletionDate(), after.earliestCompletionDate())
                && after.earliestCompletionDate() != null) {
            add(warnings, "COMPLETION_DATE", count("""
                    select count(*) from entry where edition_id = ? and completed_on < ?
                       and (cast(? as date) is null or completed_on >= ?)""", id,
                    date(after.earliestCompletionDate()), date(before.earliestCompletionDate()),
                    date(before.earliestCompletionDate())));
        }
        if (!before.ageCutoffDate().equals(after.ageCutoffDate())) {
            add(warnings, "AGE_CUTOFF", categoryChanges(id, after.ageCutoffDate()));
        }
        Instant now = Instant.now();
        if (before.submissionsCloseAt().isAfter(now) && !after.closesAt().isAfter(now)) {
            add(warnings, "WINDOW_CLOSES", count("""
                    select count(*) from entry where edition_id = ? and status in ('AWAITING_UPLOAD', 'RECEIVED')
                       and eligibility <> 'WITHDRAWN'""",
                    id));
        }
        add(warnings, "WINDOW_OPENS", count("select count(*) from entry where edition_id = ? and created_at < ?", id,
                Timestamp.from(after.opensAt())) - count("select count(*) from entry where edition_id = ? and created_at < ?",
                id, Timestamp.from(before.submissionsOpenAt())));
        if (before.state() == Edition.State.LIVE && after.state() != Edition.State.LIVE) {
            warnings.add(Warning.of("NOT_LIVE", entries(id)));
        }
        return warnings;
    }

    /** Entrants whose category would change (or who would fit none) with ages counted at another date. */
    long categoryChanges(long editionId, LocalDate cutoff) {
        return count("""
                select count(*) from entry e join person p on p.entry_id = e.id and p.role = 'ENTRANT'
                 where e.edition_id = ? and p.date_of_birth is not null
                   and e.age_category_id is distinct from (
                       select c.id from age_category c where c.edition_id = e.edition_id
                          and %s between c.min_age and c.max_age)""".formatted(AGE_AT), editionId, date(cutoff));
    }

    /** Entrants in a category whose age at the cut-off would fall outside its new bounds. */
    long outsideBounds(long categoryId, LocalDate cutoff, int minAge, int maxAge) {
        return count("""
                select count(*) from entry e join person p on p.entry_id = e.id and p.role = 'ENTRANT'
                 where e.age_category_id = ? and p.date_of_birth is not null
                   and %s not between ? and ?""".formatted(AGE_AT), categoryId, date(cutoff), minAge, maxAge);
    }

    long entriesInCategory(long categoryId) {
        return count("select count(*) from entry where age_category_id = ?", categoryId);
    }

    long entriesWithTheme(long themeId) {
        return count("select count(*) from entry where main_theme_id = ? or secondary_theme_id = ?", themeId, themeId);
    }

    long prizeUses(long prizeId) {
        return count("""
                select (select count(*) from entry where special_recognition_id = ?)
                     + (select count(*) from award where prize_id = ?)
                     + (select count(*) from round where prize_id = ?)""", prizeId, prizeId, prizeId);
    }

    private long count(String sql, Object... params) {
        return jdbc.one(sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    private static void add(List<Warning> warnings, String key, long count, Object... more) {
        if (count > 0) {
            Object[] arguments = new Object[more.length + 1];
            arguments[0] = count;
            System.arraycopy(more, 0, arguments, 1, more.length);
            warnings.add(Warning.of(key, arguments));
        }
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
