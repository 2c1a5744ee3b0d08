package org.youthimages.app.submission;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class WordCountTest {

    @Test
    void wordsBetweenSpacesAreCountedWithoutThePunctuation() {
        assertThat(WordCount.of("Two sisters cross three borders, in 2027 — don't miss it!", Locale.ENGLISH))
                .isEqualTo(10);
        assertThat(WordCount.of("فيلمنا عن عائلة مهاجرة تبحث عن بيت.", Locale.forLanguageTag("ar"))).isEqualTo(7);
        assertThat(WordCount.of("Это фильм о семье мигрантов, которая ищет дом.", Locale.forLanguageTag("ru")))
                .isEqualTo(8);
    }

    @Test
    void chineseWithoutSpacesIsCountedInWordsNotAsOneWordOrCharacters() {
        String sentence = "我们的电影讲述了一个移民家庭在新城市寻找归属感的故事。";

        int words = WordCount.of(sentence, Locale.CHINESE);

        assertThat(words).isGreaterThan(8).isLessThan(sentence.length() - 1);
        assertThat(WordCount.of(sentence.repeat(7), Locale.CHINESE)).isEqualTo(7 * words).isGreaterThan(100);
    }

    @Test
    void chineseIsFoundWhateverThePageLanguage() {
        String sentence = "我们的电影讲述了一个移民家庭的故事";

        assertThat(WordCount.of(sentence, Locale.ENGLISH)).isEqualTo(WordCount.of(sentence, Locale.CHINESE));
    }

    @Test
    void blankTextHasNoWords() {
        assertThat(WordCount.of(" \n\t。，", Locale.CHINESE)).isZero();
    }
}
