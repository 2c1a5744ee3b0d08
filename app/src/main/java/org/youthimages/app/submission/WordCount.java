package org.youthimages.app.submission;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.RuleBasedBreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.Locale;

/**
 * Counts words as a reader of the text's language would: by ICU's word boundaries, which find the words of Chinese
 * (and Japanese, Thai…) written without spaces from a dictionary, and skip punctuation and spaces. The submission
 * form's counter counts the same way in the browser ({@code Intl.Segmenter}, also ICU).
 */
final class WordCount {

    private WordCount() {
    }

    static int of(String text, Locale locale) {
        BreakIterator boundaries = BreakIterator.getWordInstance(ULocale.forLocale(locale));
        boundaries.setText(text);
        int words = 0;
        for (boundaries.first(); boundaries.next() != BreakIterator.DONE; ) {
            if (boundaries.getRuleStatus() >= RuleBasedBreakIterator.WORD_NONE_LIMIT) {
                words++;
            }
        }
        return words;
    }
}
