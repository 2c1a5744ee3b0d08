package org.youthimages.storage.judging;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.youthimages.storage.account.AccessRules;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.audit.AuditLog;
import org.youthimages.storage.edition.CriterionRepository;
import org.youthimages.storage.sql.Jdbc;
import org.youthimages.storage.text.TypedText;
import org.youthimages.storage.translation.EditionTexts;
import org.youthimages.storage.translation.EditionTranslations;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A juror's scorecards: drafts saved as they type, submitted when done, unlocked by an organiser.
 * Every save names the version it was based on; a save based on an older version is refused
 * ({@link ScorecardException.Stale}), so two windows can never silently overwrite each other. Each change is
 * recorded in the audit log, with what it changed before and after.
 */
@Singleton
public class Scorecards {

    /**
     * Read with the access check, in the same round trip: the scorecard (if any), its scores as three parallel
     * arrays, and the live watched share.
     */
    private static final String CARD_COLUMNS = """
            s.id as card_id, s.state as card_state, s.version, s.overall_comment, s.private_note,
            s.watched_percent as card_watched, s.submitted_at,
            coalesce((select w.watched_percent from watch_progress w where w.assignment_id = a.id), 0) as live_watched,
            array(select sc.criterion_id from score sc where sc.scorecard_id = s.id order by sc.id) as criteria,
            array(select sc.value from score sc where sc.scorecard_id = s.id order by sc.id) as score_values,
            array(select sc.comment from score sc where sc.scorecard_id = s.id order by sc.id) as comments""";
    private static final String CARD_JOIN = "left join scorecard s on s.assignment_id = a.id";

    private final Jdbc jdbc;
    private final JurorAccess access;
    private final AccessRules accessRules;
    private final CriterionRepository criteria;
    private final EditionTranslations translations;
    private final AuditLog audit;

    Scorecards(Jdbc jdbc, JurorAccess access, AccessRules accessRules, CriterionRepository criteria,
               EditionTranslations translations, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.accessRules = accessRules;
        this.criteria = criteria;
        this.translations = translations;
        this.audit = audit;
    }

    /** The scorecard as stored (an empty draft at version 0 if the juror has not saved anything yet). */
    public ScorecardSheet open(ActingAccount juror, long assignmentId) {
        Read read = read(juror, assignmentId);
        return sheet(read.assignment(), criteriaOf(juror, read.assignment()), read.card(), read.liveWatched());
    }

    /**
     * Saves the juror's draft if it is based on the stored version; saving what is already stored changes nothing.
     * The version is checked again by the update itself, so a save racing another one can never overwrite it.
     *
     * @throws ScorecardException.Stale   when another version was saved in between (it comes with the exception)
     * @throws ScorecardException.Locked  when the scorecard is submitted
     * @throws ScorecardException.Invalid when a score is outside its criterion's scale
     */
    @Transactional
    public ScorecardSheet saveDraft(ActingAccount juror, long assignmentId, ScorecardDraft draft) {
        Read read = read(juror, assignmentId);
        JurorAccess.OpenAssignment assignment = read.assignment();
        List<CriterionSheet> sheetCriteria = criteriaOf(juror, assignment);
        validate(sheetCriteria, draft.scores());
        Card card = read.card().orElseGet(() -> created(juror, assignmentId));
        requireDraftAt(card, draft.expectedVersion(), assignment, sheetCriteria, read.liveWatched());
        Changes changes = new Changes();
        Map<Long, ScoreValue> scores = new HashMap<>(card.scores());
        List<Runnable> writes = new java.util.ArrayList<>();
        for (CriterionSheet criterion : sheetCriteria) {
            ScoreValue before = card.scores().getOrDefault(criterion.criterionId(), ScoreValue.EMPTY);
            ScoreValue after = draft.scores().getOrDefault(criterion.criterionId(), ScoreValue.EMPTY);
            if (!before.equals(after)) {
                writes.add(() -> writeScore(card.id(), criterion.criterionId(), after));
                changes.score(criterion.code(), before, after);
                scores.put(criterion.criterionId(), after);
            }
        }
        changes.text("overallComment", card.overallComment(), draft.overallComment());
        changes.text("privateNote", card.privateNote(), draft.privateNote());
        if (changes.isEmpty()) {
            return sheet(assignment, sheetCriteria, Optional.of(card), read.liveWatched());
        }
        int updated = jdbc.update("""
                update scorecard set overall_comment = ?, private_note = ?, version = version + 1, updated_at = now()
                 where id = ? and version = ? and state = 'DRAFT'""",
                draft.overallComment(), draft.privateNote(), card.id(), card.version());
        if (updated == 0) {
            throw changedMeanwhile(juror, assignmentId, sheetCriteria);
        }
        writes.forEach(Runnable::run);
        audit.record(juror.actor(), "scorecard.save", assignment.editionId(), "scorecard", card.id(),
                changes.before, changes.after);
        Card saved = new Card(card.id(), card.state(), card.version() + 1, draft.overallComment(), draft.privateNote(),
                card.watchedPercent(), null, scores);
        return sheet(assignment, sheetCriteria, Optional.of(saved), read.liveWatched());
    }

    /**
     * Submits and locks the scorecard.
     *
     * @param confirmBelowThreshold the juror confirmed submitting although less of the film was played than the
     *                              round asks
     * @throws ScorecardException.Incomplete          when a criterion has no score
     * @throws ScorecardException.WatchBelowThreshold when the juror has not confirmed a short watch
     */
    @Transactional
    public ScorecardSheet submit(ActingAccount juror, long assignmentId, int expectedVersion,
                                 boolean confirmBelowThreshold) {
        Read read = read(juror, assignmentId);
        JurorAccess.OpenAssignment assignment = read.assignment();
        List<CriterionSheet> sheetCriteria = criteriaOf(juror, assignment);
        Card card = read.card().orElseThrow(() -> new ScorecardException.Incomplete(
                sheetCriteria.stream().map(CriterionSheet::name).toList()));
        requireDraftAt(card, expectedVersion, assignment, sheetCriteria, read.liveWatched());
        List<String> missing = sheetCriteria.stream()
                .filter(c -> card.scores().getOrDefault(c.criterionId(), ScoreValue.EMPTY).value() == null)
                .map(CriterionSheet::name).toList();
        if (!missing.isEmpty()) {
            throw new ScorecardException.Incomplete(missing);
        }
        BigDecimal watched = read.liveWatched();
        boolean below = watched.compareTo(BigDecimal.valueOf(assignment.watchThresholdPercent())) < 0;
        if (below && !confirmBelowThreshold) {
            throw new ScorecardException.WatchBelowThreshold(watched, assignment.watchThresholdPercent());
        }
        Instant now = Instant.now();
        int updated = jdbc.update("""
                update scorecard set state = 'SUBMITTED', submitted_at = ?, watched_percent = ?,
                       watch_confirmed_below_threshold = ?, version = version + 1, updated_at = now()
                 where id = ? and version = ? and state = 'DRAFT'""", now, watched, below, card.id(), card.version());
        if (updated == 0) {
            throw changedMeanwhile(juror, assignmentId, sheetCriteria);
        }
        Card submitted = new Card(card.id(), ScorecardSheet.State.SUBMITTED, card.version() + 1, card.overallComment(),
                card.privateNote(), watched, now, card.scores());
        ScorecardSheet sheet = sheet(assignment, sheetCriteria, Optional.of(submitted), watched);
        audit.record(juror.actor(), "scorecard.submit", assignment.editionId(), "scorecard", card.id(),
                Map.of("state", "DRAFT"), snapshot(sheet, below));
        return sheet;
    }

    /** An organiser reopens a submitted scorecard so that its juror can change it. */
    @Transactional
    public void unlock(ActingAccount organiser, long scorecardId, String reason) {
        accessRules.requireOrganiser(organiser);
        Map<String, Object> card = jdbc.one("""
                select s.state, r.edition_id from scorecard s join assignment a on a.id = s.assignment_id
                  join round r on r.id = a.round_id where s.id = ? for update of s""",
                rs -> Map.<String, Object>of("state", rs.getString(1), "edition", rs.getLong(2)), scorecardId)
                .orElseThrow(() -> new IllegalArgumentException("No scorecard " + scorecardId));
        if (!"SUBMITTED".equals(card.get("state"))) {
            throw new IllegalStateException("Scorecard " + scorecardId + " is not submitted");
        }
        jdbc.update("""
                update scorecard set state = 'DRAFT', submitted_at = null, version = version + 1, updated_at = now()
                 where id = ?""", scorecardId);
        audit.record(organiser.actor(), "scorecard.unlock", (Long) card.get("edition"), "scorecard", scorecardId,
                Map.of("state", "SUBMITTED"), Map.of("state", "DRAFT", "reason", TypedText.paragraphs(reason)));
    }

    /** The round's criteria with their names and guidance in the juror's language. */
    private List<CriterionSheet> criteriaOf(ActingAccount juror, JurorAccess.OpenAssignment assignment) {
        EditionTexts texts = translations.forJuror(juror, assignment.editionId());
        return criteria.findByRoundIdOrderByPosition(assignment.roundId()).stream().map(texts::of)
                .map(c -> new CriterionSheet(c.id(), c.code(), c.name(), c.guidance(), c.weight(), c.scaleMin(),
                        c.scaleMax(), anchors(c.anchors())))
                .toList();
    }

    private static java.util.SortedMap<Integer, String> anchors(Map<String, String> raw) {
        java.util.TreeMap<Integer, String> anchors = new java.util.TreeMap<>();
        raw.forEach((point, label) -> {
            try {
                anchors.put(Integer.parseInt(point.strip()), label);
            } catch (NumberFormatException e) {
                // an anchor that names no point of the scale cannot be shown on it
            }
        });
        return anchors;
    }

    private static void validate(List<CriterionSheet> sheetCriteria, Map<Long, ScoreValue> scores) {
        for (Map.Entry<Long, ScoreValue> score : scores.entrySet()) {
            CriterionSheet criterion = sheetCriteria.stream().filter(c -> c.criterionId() == score.getKey())
                    .findFirst().orElseThrow(() -> new ScorecardException.Invalid(
                            "Criterion " + score.getKey() + " is not one of this round's"));
            Integer value = score.getValue().value();
            if (value != null && !criterion.accepts(value)) {
                throw new ScorecardException.Invalid("A score of " + value + " is outside the scale "
                        + criterion.scaleMin() + " to " + criterion.scaleMax() + " of " + criterion.name());
            }
        }
    }

    private void writeScore(long scorecardId, long criterionId, ScoreValue value) {
        if (value.isEmpty()) {
            jdbc.update("delete from score where scorecard_id = ? and criterion_id = ?", scorecardId, criterionId);
        } else {
            jdbc.update("""
                    insert into score (scorecard_id, criterion_id, value, comment) values (?, ?, ?, ?)
                    on conflict (scorecard_id, criterion_id) do update set value = excluded.value, comment = excluded.comment""",
                    scorecardId, criterionId, value.value(), value.comment());
        }
    }

    /** The access check, the scorecard and its scores, and the watched share: one round trip. */
    private Read read(ActingAccount juror, long assignmentId) {
        JurorAccess.Checked<Read> checked = access.assignment(juror, assignmentId, CARD_COLUMNS, CARD_JOIN,
                rs -> new Read(null, Optional.ofNullable(card(rs)), rs.getBigDecimal("live_watched")));
        return new Read(checked.assignment(), checked.more().card(), checked.more().liveWatched());
    }

    private Card created(ActingAccount juror, long assignmentId) {
        jdbc.update("insert into scorecard (assignment_id) values (?) on conflict (assignment_id) do nothing",
                assignmentId);
        return read(juror, assignmentId).card().orElseThrow();
    }

    private void requireDraftAt(Card card, int expectedVersion, JurorAccess.OpenAssignment assignment,
                                List<CriterionSheet> sheetCriteria, BigDecimal watched) {
        if (card.state() == ScorecardSheet.State.SUBMITTED) {
            throw new ScorecardException.Locked(assignment.id());
        }
        if (card.version() != expectedVersion) {
            throw new ScorecardException.Stale(sheet(assignment, sheetCriteria, Optional.of(card), watched));
        }
    }

    /** The version moved between reading and writing: say what is stored now. */
    private ScorecardException changedMeanwhile(ActingAccount juror, long assignmentId,
                                                List<CriterionSheet> sheetCriteria) {
        Read now = read(juror, assignmentId);
        Card card = now.card().orElseThrow();
        return card.state() == ScorecardSheet.State.SUBMITTED ? new ScorecardException.Locked(assignmentId)
                : new ScorecardException.Stale(sheet(now.assignment(), sheetCriteria, now.card(), now.liveWatched()));
    }

    private static Card card(ResultSet rs) throws SQLException {
        long id = rs.getLong("card_id");
        if (rs.wasNull()) {
            return null;
        }
        Long[] criterionIds = (Long[]) rs.getArray("criteria").getArray();
        Integer[] values = (Integer[]) rs.getArray("score_values").getArray();
        String[] comments = (String[]) rs.getArray("comments").getArray();
        Map<Long, ScoreValue> scores = new HashMap<>();
        for (int i = 0; i < criterionIds.length; i++) {
            scores.put(criterionIds[i], new ScoreValue(values[i], comments[i]));
        }
        return new Card(id, ScorecardSheet.State.valueOf(rs.getString("card_state")), rs.getInt("version"),
                rs.getString("overall_comment"), rs.getString("private_note"), rs.getBigDecimal("card_watched"),
                Jdbc.instant(rs, "submitted_at"), scores);
    }

    private static ScorecardSheet sheet(JurorAccess.OpenAssignment assignment, List<CriterionSheet> sheetCriteria,
                                        Optional<Card> card, BigDecimal liveWatched) {
        return card.map(c -> new ScorecardSheet(assignment.id(), c.state(), c.version(), sheetCriteria, c.scores(),
                        c.overallComment(), c.privateNote(),
                        c.state() == ScorecardSheet.State.SUBMITTED ? c.watchedPercent() : liveWatched,
                        assignment.watchThresholdPercent(), c.submittedAt()))
                .orElseGet(() -> new ScorecardSheet(assignment.id(), ScorecardSheet.State.DRAFT, 0, sheetCriteria,
                        Map.of(), "", "", liveWatched, assignment.watchThresholdPercent(), null));
    }

    private static Map<String, Object> snapshot(ScorecardSheet sheet, boolean belowThreshold) {
        Map<String, Object> scores = new LinkedHashMap<>();
        for (CriterionSheet c : sheet.criteria()) {
            ScoreValue score = sheet.score(c.criterionId());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("value", score.value());
            entry.put("comment", score.comment());
            scores.put(c.code(), entry);
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("state", "SUBMITTED");
        after.put("scores", scores);
        after.put("overallComment", sheet.overallComment());
        after.put("privateNote", sheet.privateNote());
        after.put("watchedPercent", sheet.watchedPercent());
        after.put("confirmedBelowThreshold", belowThreshold);
        return after;
    }

    private record Card(long id, ScorecardSheet.State state, int version, String overallComment, String privateNote,
                        BigDecimal watchedPercent, Instant submittedAt, Map<Long, ScoreValue> scores) {
    }

    private record Read(JurorAccess.OpenAssignment assignment, Optional<Card> card, BigDecimal liveWatched) {
    }

    /** What a save changed, as the audit log keeps it: only the fields that changed, before and after. */
    private static final class Changes {
        final Map<String, Object> before = new LinkedHashMap<>();
        final Map<String, Object> after = new LinkedHashMap<>();

        void score(String code, ScoreValue was, ScoreValue now) {
            if (!java.util.Objects.equals(was.value(), now.value())) {
                before.put("score." + code, was.value());
                after.put("score." + code, now.value());
            }
            text("comment." + code, was.comment(), now.comment());
        }

        void text(String field, String was, String now) {
            if (!was.equals(now)) {
                before.put(field, was);
                after.put(field, now);
            }
        }

        boolean isEmpty() {
            return after.isEmpty();
        }
    }
}
