package org.youthimages.storage.edition;

import jakarta.inject.Singleton;
import org.youthimages.storage.account.AccessRules;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.sql.Jdbc;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * How many entries each edition has drawn so far, as organisers watch them come in during the submission window:
 * the films received, the countries their entrants live in, and the entries still waiting for their film. Entries
 * their entrants withdrew are not counted.
 */
@Singleton
public class EditionIntake {

    /** An edition's entries so far; an edition without any has {@link #NONE}. */
    public record Counts(long films, long countries, long awaitingFilm) {
    }

    public static final Counts NONE = new Counts(0, 0, 0);

    private final AccessRules access;
    private final Jdbc jdbc;

    EditionIntake(AccessRules access, Jdbc jdbc) {
        this.access = access;
        this.jdbc = jdbc;
    }

    /** The counts of every edition that has entries, by edition id. */
    public Map<Long, Counts> byEdition(ActingAccount organiser) {
        access.requireOrganiser(organiser);
        record Row(long editionId, Counts counts) {
        }
        return jdbc.list("""
                select e.edition_id, count(*) filter (where e.status <> 'AWAITING_UPLOAD'),
                       count(distinct p.country_code) filter (where e.status <> 'AWAITING_UPLOAD'),
                       count(*) filter (where e.status = 'AWAITING_UPLOAD')
                  from entry e left join person p on p.entry_id = e.id and p.role = 'ENTRANT'
                 where e.eligibility <> 'WITHDRAWN'
                 group by e.edition_id""",
                rs -> new Row(rs.getLong(1), new Counts(rs.getLong(2), rs.getLong(3), rs.getLong(4))))
                .stream().collect(Collectors.toMap(Row::editionId, Row::counts));
    }
}
