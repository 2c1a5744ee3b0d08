package org.youthimages.storage.judging;

import org.youthimages.storage.sql.Jdbc;
import jakarta.inject.Singleton;
import org.youthimages.storage.account.AccessDeniedException;
import org.youthimages.storage.account.AccessRules;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.account.Role;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The one rule behind every juror action: the juror may reach an assignment only while it is theirs, active,
 * in a round that is open (state OPEN and within its dates), with no conflict of interest on the film, and while
 * their account is active, a juror's, and signed in since its last password change. One query checks it all.
 */
@Singleton
class JurorAccess {

    private static final String COLUMNS =
            "a.id, a.round_id, a.entry_id, r.edition_id, r.blind, r.show_country, r.watch_threshold_percent";
    private static final String FROM = """
              from assignment a
              join round r on r.id = a.round_id
              join account j on j.id = a.juror_id""";
    /** Parameters: assignment id, juror id, when the juror signed in. */
    private static final String WHERE = """
             where a.id = ? and a.juror_id = ? and a.state = 'ACTIVE'
               and j.active and 'JUROR' = any(j.roles)
               and (j.password_changed_at is null or j.password_changed_at <= ?)
               and %s and %s""".formatted(JurorConditions.OPEN_ROUND, JurorConditions.NO_CONFLICT);

    private final Jdbc jdbc;
    private final AccessRules access;

    JurorAccess(Jdbc jdbc, AccessRules access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** The assignment, if this juror may work on it now; otherwise {@link AccessDeniedException}. */
    OpenAssignment assignment(ActingAccount juror, long assignmentId) {
        return assignment(juror, assignmentId, "", "", rs -> null).assignment();
    }

    /**
     * The assignment and more read in the same round trip: {@code columns} and {@code joins} extend the checked
     * query (the assignment is {@code a}, its round {@code r}), {@code more} reads them.
     */
    <T> Checked<T> assignment(ActingAccount juror, long assignmentId, String columns, String joins,
                              Jdbc.Row<T> more) {
        String sql = "select " + COLUMNS + (columns.isEmpty() ? "" : ", " + columns) + "\n" + FROM + "\n" + joins
                + "\n" + WHERE;
        Optional<Checked<T>> found = jdbc.one(sql, rs -> new Checked<>(assignment(rs), more.map(rs)), assignmentId,
                juror.id(), juror.signedInAt());
        return found.orElseThrow(() -> new AccessDeniedException(
                "Assignment " + assignmentId + " is not open to account " + juror.id()));
    }

    /** The juror's account may judge at all (used before reads that list several assignments). */
    void requireJuror(ActingAccount juror) {
        access.requireRole(juror, Role.JUROR);
    }

    private static OpenAssignment assignment(ResultSet rs) throws SQLException {
        return new OpenAssignment(rs.getLong("id"), rs.getLong("round_id"), rs.getLong("entry_id"),
                rs.getLong("edition_id"), rs.getBoolean("blind"), rs.getBoolean("show_country"),
                rs.getInt("watch_threshold_percent"));
    }

    record OpenAssignment(long id, long roundId, long entryId, long editionId, boolean blind, boolean showCountry,
                          int watchThresholdPercent) {
    }

    /** An open assignment with what was read along with it. */
    record Checked<T>(OpenAssignment assignment, T more) {
    }
}
