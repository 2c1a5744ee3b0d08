package org.youthimages.storage.publication;

import jakarta.inject.Singleton;
import org.youthimages.storage.sql.Jdbc;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the jurors wrote for an entrant in the scorecard's "comment for the entrant", which the entrant may read once
 * the edition's winners are published (never before, and no longer once unpublished). Only submitted scorecards of
 * assignments still held count; the juror's name, scores and private note for the organisers never reach the entrant.
 */
@Singleton
public class JuryFeedback {

    private static final String SHARED = """
              from scorecard s join assignment a on a.id = s.assignment_id and a.state = 'ACTIVE'
              join entry e on e.id = a.entry_id
             where s.state = 'SUBMITTED' and btrim(s.overall_comment) <> ''
               and exists (select 1 from publication p where p.edition_id = e.edition_id and p.unpublished_at is null)
            """;

    private final Jdbc jdbc;

    JuryFeedback(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The comments on this entry, round by round in the order they were submitted. */
    public List<String> forEntrant(long entryId) {
        return jdbc.list("select btrim(s.overall_comment)" + SHARED
                + " and e.id = ? order by a.round_id, s.submitted_at, s.id", rs -> rs.getString(1), entryId);
    }

    /** The entries of the edition that have comments to read. */
    public Set<Long> entriesWithComments(long editionId) {
        return new HashSet<>(jdbc.list("select distinct e.id" + SHARED + " and e.edition_id = ?",
                rs -> rs.getLong(1), editionId));
    }
}
