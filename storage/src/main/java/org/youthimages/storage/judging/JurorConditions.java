package org.youthimages.storage.judging;

/**
 * The conditions under which a juror may work on an assignment, as SQL fragments, so that every query that lists
 * or checks a juror's films (the queue, the access check, the ranked ballot, revealed scores) applies the same
 * rule.
 */
public final class JurorConditions {

    /** A round open to its jurors, for SQL where the round is aliased {@code r}. */
    public static final String OPEN_ROUND = "r.state = 'OPEN' and (r.opens_at is null or r.opens_at <= now())"
            + " and (r.closes_at is null or r.closes_at > now())";

    /** No conflict of interest between the assignment's juror and film, for SQL where it is aliased {@code a}. */
    public static final String NO_CONFLICT = "not exists (select 1 from conflict_of_interest ci"
            + " where ci.entry_id = a.entry_id and ci.juror_id = a.juror_id)";

    private JurorConditions() {
    }
}
