package org.youthimages.storage.screening;

import jakarta.inject.Singleton;
import org.youthimages.storage.account.AccessRules;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.edition.AgeCategory;
import org.youthimages.storage.edition.AgeCategoryRepository;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.edition.EditionRepository;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.sql.Jdbc;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Date;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The organisers' screening queue: an edition's entries with their automatic checks, read in one query for the
 * whole edition (thousands of entries), newest decisions aside.
 */
@Singleton
public class ScreeningQueue {

    /** Which entries the queue shows. */
    public enum Filter { TO_DECIDE, ELIGIBLE, INELIGIBLE, NEEDS_FIX, AWAITING_FILM, WITHDRAWN, ALL }

    private static final String SQL = """
            select e.id, e.reference, e.title, e.status, e.rejection_code, e.duration_ms, e.age_category_id,
                   e.completed_on, e.original_language, e.subtitle_language, e.created_at, e.eligibility,
                   e.eligibility_reason, e.personal_data_erased_at is not null as erased,
                   p.date_of_birth, p.country_code, g.id is not null as has_guardian,
                   g.confirmed_at is not null as guardian_confirmed,
                   array(select m.label from media_asset m where m.entry_id = e.id and m.kind = 'SUBTITLE'
                          order by m.label) as subtitles,
                   array(select t.age_years from person t where t.entry_id = e.id and t.role = 'TEAM_MEMBER'
                          order by t.id) as team,
                   array(select distinct d.reference from media_asset o
                           join media_asset x on x.sha256 = o.sha256 and x.kind = 'ORIGINAL' and x.entry_id <> o.entry_id
                           join entry d on d.id = x.entry_id
                          where o.entry_id = e.id and o.kind = 'ORIGINAL' and o.sha256 is not null) as duplicates
              from entry e
              left join person p on p.entry_id = e.id and p.role = 'ENTRANT'
              left join person g on g.entry_id = e.id and g.role = 'GUARDIAN'
             where e.edition_id = ? %s
             order by e.created_at, e.id""";

    private final AccessRules access;
    private final EditionRepository editions;
    private final AgeCategoryRepository categories;
    private final Jdbc jdbc;

    ScreeningQueue(AccessRules access, EditionRepository editions, AgeCategoryRepository categories, Jdbc jdbc) {
        this.access = access;
        this.editions = editions;
        this.categories = categories;
        this.jdbc = jdbc;
    }

    public List<ScreeningRow> entries(ActingAccount organiser, long editionId, Filter filter) {
        access.requireOrganiser(organiser);
        return rows(editionId, filter);
    }

    /** How many entries each filter shows. */
    public Map<Filter, Long> counts(ActingAccount organiser, long editionId) {
        access.requireOrganiser(organiser);
        return jdbc.one("""
                select count(*) filter (where eligibility = 'PENDING' and status <> 'AWAITING_UPLOAD'),
                       count(*) filter (where eligibility = 'ELIGIBLE'),
                       count(*) filter (where eligibility = 'INELIGIBLE'),
                       count(*) filter (where eligibility = 'NEEDS_FIX'),
                       count(*) filter (where eligibility = 'PENDING' and status = 'AWAITING_UPLOAD'),
                       count(*) filter (where eligibility = 'WITHDRAWN'),
                       count(*)
                  from entry where edition_id = ?""", rs -> Map.of(Filter.TO_DECIDE, rs.getLong(1),
                Filter.ELIGIBLE, rs.getLong(2), Filter.INELIGIBLE, rs.getLong(3), Filter.NEEDS_FIX, rs.getLong(4),
                Filter.AWAITING_FILM, rs.getLong(5), Filter.WITHDRAWN, rs.getLong(6), Filter.ALL, rs.getLong(7)),
                editionId).orElseThrow();
    }

    List<ScreeningRow> rows(long editionId, Filter filter) {
        Edition edition = editions.require(editionId);
        List<AgeCategory> all = categories.findByEditionIdOrderByPosition(editionId);
        Map<Long, String> names = all.stream().collect(Collectors.toMap(AgeCategory::id, AgeCategory::name));
        EligibilityRules rules = new EligibilityRules(edition, all);
        return jdbc.list(SQL.formatted(where(filter)), rs -> {
            EntryFacts facts = facts(rs);
            Long category = Jdbc.nullableLong(rs, "age_category_id");
            return new ScreeningRow(facts.entryId(), rs.getString("reference"), rs.getString("title"),
                    category == null ? null : names.get(category), rs.getString("country_code"), facts.status(),
                    Entry.Eligibility.valueOf(rs.getString("eligibility")), rs.getString("eligibility_reason"),
                    Jdbc.instant(rs, "created_at"), rules.check(facts));
        }, editionId);
    }

    private static String where(Filter filter) {
        return switch (filter) {
            case TO_DECIDE -> "and e.eligibility = 'PENDING' and e.status <> 'AWAITING_UPLOAD'";
            case AWAITING_FILM -> "and e.eligibility = 'PENDING' and e.status = 'AWAITING_UPLOAD'";
            case ALL -> "";
            default -> "and e.eligibility = '" + filter.name() + "'";
        };
    }

    private static EntryFacts facts(ResultSet rs) throws SQLException {
        Date born = rs.getDate("date_of_birth");
        Date completed = rs.getDate("completed_on");
        return new EntryFacts(rs.getLong("id"), Entry.Status.valueOf(rs.getString("status")),
                rs.getString("rejection_code"), Jdbc.nullableLong(rs, "duration_ms"),
                Jdbc.nullableLong(rs, "age_category_id"), born == null ? null : born.toLocalDate(),
                rs.getBoolean("erased"), Jdbc.instant(rs, "created_at").atZone(java.time.ZoneOffset.UTC).toLocalDate(),
                rs.getBoolean("has_guardian"), rs.getBoolean("guardian_confirmed"),
                completed == null ? null : completed.toLocalDate(), rs.getString("original_language"),
                rs.getString("subtitle_language"), array(rs.getArray("subtitles"), String.class::cast),
                array(rs.getArray("team"), Integer.class::cast), array(rs.getArray("duplicates"), String.class::cast));
    }

    private static <T> List<T> array(Array array, Function<Object, T> cast) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(cast)
                .collect(Collectors.toList());
    }
}
