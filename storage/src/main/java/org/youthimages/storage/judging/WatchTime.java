package org.youthimages.storage.judging;

import org.youthimages.storage.sql.Jdbc;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.youthimages.storage.account.ActingAccount;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.BitSet;
import java.util.List;

/**
 * Records which seconds of a film a juror has actually played (one bit per second, so watching the same minute
 * twice counts once) and the share of the film that makes. The film's length comes from the server's own probe
 * of the file where there is one; what the browser reports is used only when nothing else is known.
 */
@Singleton
public class WatchTime {

    private static final long LONGEST_FILM_SECONDS = 6 * 3600;

    private final Jdbc jdbc;
    private final JurorAccess access;

    WatchTime(Jdbc jdbc, JurorAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** Adds the played ranges to what was already watched; returns the share of the film watched, in percent. */
    @Transactional
    public BigDecimal record(ActingAccount juror, long assignmentId, List<PlayedRange> played,
                             double reportedDurationSeconds) {
        JurorAccess.OpenAssignment assignment = access.assignment(juror, assignmentId);
        double duration = durationSeconds(assignment.entryId(), reportedDurationSeconds);
        int seconds = (int) Math.max(1, Math.ceil(duration));
        jdbc.update("""
                insert into watch_progress (assignment_id, duration_seconds, seconds_watched) values (?, ?, ?)
                on conflict (assignment_id) do nothing""", assignmentId, seconds, new byte[(seconds + 7) / 8]);
        BitSet watched = jdbc.one("select seconds_watched from watch_progress where assignment_id = ? for update",
                rs -> BitSet.valueOf(rs.getBytes(1)), assignmentId).orElseThrow();
        if (watched.length() > seconds) {
            watched.clear(seconds, watched.length());
        }
        for (PlayedRange range : played) {
            int from = (int) Math.min(seconds, Math.round(range.start()));
            int to = range.end() >= duration - 0.5 ? seconds : (int) Math.min(seconds, Math.round(range.end()));
            if (to > from) {
                watched.set(from, to);
            }
        }
        BigDecimal percent = BigDecimal.valueOf(watched.cardinality() * 100L)
                .divide(BigDecimal.valueOf(seconds), 2, RoundingMode.DOWN);
        byte[] bits = java.util.Arrays.copyOf(watched.toByteArray(), (seconds + 7) / 8);
        jdbc.update("""
                update watch_progress set duration_seconds = ?, seconds_watched = ?, watched_percent = ?, updated_at = now()
                 where assignment_id = ?""", seconds, bits, percent, assignmentId);
        return percent;
    }

    /** The share of the film this juror has played so far, in percent. */
    public BigDecimal watched(ActingAccount juror, long assignmentId) {
        access.assignment(juror, assignmentId);
        return jdbc.one("select watched_percent from watch_progress where assignment_id = ?",
                rs -> rs.getBigDecimal(1), assignmentId).orElse(BigDecimal.ZERO);
    }

    private double durationSeconds(long entryId, double reported) {
        Long known = jdbc.one("""
                select coalesce(e.duration_ms, (select max(m.duration_ms) from media_asset m
                                                 where m.entry_id = e.id and m.kind = 'RENDITION'))
                  from entry e where e.id = ?""", rs -> Jdbc.nullableLong(rs, "coalesce"), entryId).orElse(null);
        if (known != null && known > 0) {
            return known / 1000.0;
        }
        if (!(reported > 0) || reported > LONGEST_FILM_SECONDS) {
            throw new IllegalArgumentException("The film's length is unknown and " + reported + " s is not plausible");
        }
        return reported;
    }
}
