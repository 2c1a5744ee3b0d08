package org.youthimages.storage.judging;

import org.youthimages.storage.text.TypedText;

import java.util.Map;

/**
 * A juror's draft as their page holds it, with the version it was based on. Saving it replaces the stored draft
 * only if nobody saved another version in between.
 */
public record ScorecardDraft(int expectedVersion, Map<Long, ScoreValue> scores, String overallComment,
                             String privateNote) {

    public ScorecardDraft {
        scores = Map.copyOf(scores);
        overallComment = TypedText.withoutControls(overallComment);
        privateNote = TypedText.withoutControls(privateNote);
    }
}
