package org.youthimages.judging.film.ui;

import org.youthimages.storage.judging.CriterionSheet;
import org.youthimages.storage.judging.ScoreValue;
import org.youthimages.storage.judging.ScorecardDraft;
import org.youthimages.storage.judging.ScorecardSheet;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the scorecard form holds. As fields ({@code score:12}, {@code comment:12}, {@code overall}, {@code note})
 * it is what the browser keeps in local storage while the connection is down.
 */
record FormValues(Map<Long, ScoreValue> scores, String overall, String note) {

    FormValues {
        scores = Map.copyOf(scores);
    }

    static FormValues of(ScorecardSheet sheet) {
        return new FormValues(sheet.scores(), sheet.overallComment(), sheet.privateNote());
    }

    ScoreValue score(long criterionId) {
        return scores.getOrDefault(criterionId, ScoreValue.EMPTY);
    }

    ScorecardDraft draft(int version) {
        Map<Long, ScoreValue> kept = new HashMap<>();
        scores.forEach((id, value) -> {
            if (!value.isEmpty()) {
                kept.put(id, value);
            }
        });
        return new ScorecardDraft(version, kept, overall, note);
    }

    /**
     * This form's changes since {@code basis}, laid over {@code current}: field by field, what the juror changed
     * here wins, everything else comes from the newer stored version.
     */
    FormValues over(FormValues basis, FormValues current, List<CriterionSheet> criteria) {
        Map<Long, ScoreValue> merged = new HashMap<>();
        for (CriterionSheet criterion : criteria) {
            long id = criterion.criterionId();
            ScoreValue mine = score(id);
            ScoreValue was = basis.score(id);
            ScoreValue theirs = current.score(id);
            Integer value = java.util.Objects.equals(mine.value(), was.value()) ? theirs.value() : mine.value();
            String comment = mine.comment().equals(was.comment()) ? theirs.comment() : mine.comment();
            merged.put(id, new ScoreValue(value, comment));
        }
        return new FormValues(merged, overall.equals(basis.overall) ? current.overall : overall,
                note.equals(basis.note) ? current.note : note);
    }

    Map<String, String> fields(List<CriterionSheet> criteria) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (CriterionSheet criterion : criteria) {
            ScoreValue score = score(criterion.criterionId());
            fields.put("score:" + criterion.criterionId(), score.value() == null ? "" : score.value().toString());
            fields.put("comment:" + criterion.criterionId(), score.comment());
        }
        fields.put("overall", overall);
        fields.put("note", note);
        return fields;
    }

    /** The form's values from browser-kept fields; anything malformed or off the scale is left out. */
    static FormValues fromFields(Map<String, String> fields, List<CriterionSheet> criteria) {
        Map<Long, ScoreValue> scores = new HashMap<>();
        for (CriterionSheet criterion : criteria) {
            String raw = fields.getOrDefault("score:" + criterion.criterionId(), "");
            Integer value = null;
            try {
                value = raw.isBlank() ? null : Integer.valueOf(raw.strip());
            } catch (NumberFormatException e) {
                // not a number: as if not chosen
            }
            if (value != null && !criterion.accepts(value)) {
                value = null;
            }
            scores.put(criterion.criterionId(), new ScoreValue(value,
                    fields.getOrDefault("comment:" + criterion.criterionId(), "")));
        }
        return new FormValues(scores, fields.getOrDefault("overall", ""), fields.getOrDefault("note", ""));
    }
}
