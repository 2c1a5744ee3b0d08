package org.youthimages.storage.judging;

import io.micronaut.core.annotation.Nullable;
import org.youthimages.storage.text.TypedText;

/** A criterion's score and comment on a scorecard; either may still be empty in a draft. */
public record ScoreValue(@Nullable Integer value, String comment) {

    public static final ScoreValue EMPTY = new ScoreValue(null, "");

    public ScoreValue {
        comment = TypedText.withoutControls(comment);
    }

    public boolean isEmpty() {
        return value == null && comment.isBlank();
    }
}
