package org.youthimages.storage.judging;

import org.youthimages.storage.sql.Jdbc;
import jakarta.inject.Singleton;
import org.youthimages.storage.edition.CriterionRepository;
import org.youthimages.storage.translation.EditionTexts;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Loads a round's scorecards with their scores; callers decide who may see what. */
@Singleton
class RoundScores {

    private final Jdbc jdbc;
    private final CriterionRepository criteria;

    RoundScores(Jdbc jdbc, CriterionRepository criteria) {
        this.jdbc = jdbc;
        this.criteria = criteria;
    }

    /** The round's criteria as written, as the organisers read them. */
    List<CriterionSheet> criteria(long roundId) {
        return criteria(roundId, EditionTexts.AS_WRITTEN);
    }

    /** The round's criteria with their names and guidance in the reader's language. */
    List<CriterionSheet> criteria(long roundId, EditionTexts texts) {
        return criteria.findByRoundIdOrderByPosition(roundId).stream().map(texts::of)
                .map(c -> new CriterionSheet(c.id(), c.code(), c.name(), c.guidance(), c.weight(), c.scaleMin(),
                        c.scaleMax(), new java.util.TreeMap<>()))
                .toList();
    }

    /** The round's scorecards, by film then juror; {@code submittedOnly} leaves drafts out. */
    List<ScoredCard> cards(long roundId, boolean submittedOnly) {
        List<CriterionSheet> sheetCriteria = criteria(roundId);
        Map<Long, Map<Long, ScoreValue>> scores = new HashMap<>();
        jdbc.list("""
                select sc.scorecard_id, sc.criterion_id, sc.value, sc.comment from score sc
                  join scorecard s on s.id = sc.scorecard_id join assignment a on a.id = s.assignment_id
                 where a.round_id = ?""", rs -> scores.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                .put(rs.getLong(2), new ScoreValue(Jdbc.nullableInt(rs, "value"), rs.getString(4))), roundId);
        return jdbc.list("""
                select s.id, a.id as assignment_id, a.juror_id, j.display_name, a.entry_id, e.reference, e.title,
                       s.state, s.version, coalesce(w.watched_percent, s.watched_percent) as watched,
                       s.watch_confirmed_below_threshold, s.overall_comment, s.private_note, s.submitted_at
                  from scorecard s
                  join assignment a on a.id = s.assignment_id
                  join account j on j.id = a.juror_id
                  join entry e on e.id = a.entry_id
                  left join watch_progress w on w.assignment_id = a.id
                 where a.round_id = ? and (not ? or s.state = 'SUBMITTED')
                 order by e.reference, j.display_name, s.id""", rs -> {
                    Map<Long, ScoreValue> cardScores = scores.getOrDefault(rs.getLong(1), Map.of());
                    Map<String, Integer> byCode = new LinkedHashMap<>();
                    Map<String, String> commentsByCode = new LinkedHashMap<>();
                    sheetCriteria.forEach(c -> {
                        ScoreValue score = cardScores.getOrDefault(c.criterionId(), ScoreValue.EMPTY);
                        byCode.put(c.code(), score.value());
                        if (score.comment() != null && !score.comment().isBlank()) {
                            commentsByCode.put(c.code(), score.comment());
                        }
                    });
                    BigDecimal watched = rs.getBigDecimal("watched");
                    return new ScoredCard(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getLong(5),
                            rs.getString(6), rs.getString(7), ScorecardSheet.State.valueOf(rs.getString(8)),
                            rs.getInt(9), watched, rs.getBoolean(11),
                            WeightedMean.of(sheetCriteria, cardScores), byCode, commentsByCode, rs.getString(12), rs.getString(13),
                            Jdbc.instant(rs, "submitted_at"));
                }, roundId, submittedOnly);
    }
}
