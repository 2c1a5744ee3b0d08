package org.youthimages.app.i18n;

import com.ibm.icu.text.Bidi;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PluralMessagesTest {

    private final IcuMessageSource source = new IcuMessageSource("i18n.messages");

    @Test
    void theCountdownCountsDaysInEachLanguagesOwnPluralForms() {
        assertThat(days(Language.EN, 0)).isEqualTo("Less than a day left to submit");
        assertThat(days(Language.EN, 1)).isEqualTo("1 day left to submit");
        assertThat(days(Language.EN, 30)).isEqualTo("30 days left to submit");
        assertThat(days(Language.FR, 1)).isEqualTo("Encore 1 jour pour participer");
        assertThat(days(Language.ES, 2)).isEqualTo("Quedan 2 días para participar");
        assertThat(days(Language.RU, 1)).endsWith("остался 1 день");
        assertThat(days(Language.RU, 3)).endsWith("осталось 3 дня");
        assertThat(days(Language.RU, 5)).endsWith("осталось 5 дней");
        assertThat(days(Language.RU, 21)).endsWith("остался 21 день");
        assertThat(days(Language.RU, 12)).endsWith("осталось 12 дней");
        assertThat(days(Language.AR, 2)).isEqualTo("بقي يومان للمشاركة");
        assertThat(days(Language.AR, 3)).isEqualTo("بقيت 3 أيام للمشاركة");
        assertThat(days(Language.AR, 11)).isEqualTo("بقي 11 يومًا للمشاركة");
        assertThat(days(Language.AR, 100)).isEqualTo("بقي 100 يوم للمشاركة");
        assertThat(days(Language.ZH, 0)).isEqualTo("距截止不到一天");
        assertThat(days(Language.ZH, 7)).isEqualTo("距截止还有 7 天");
    }

    @Test
    void anArabicSentenceIsolatesItsTextArgumentsButCountsItsNumbers() {
        assertThat(get(Language.AR, "step.guardian.pending", "carmen-17@example.org"))
                .contains("\u2068carmen-17@example.org\u2069)");
        assertThat(get(Language.AR, "status.guardian.wait", 2)).contains("دقيقتين").doesNotContain("\u2068");
        assertThat(get(Language.EN, "step.guardian.pending", "carmen-17@example.org"))
                .endsWith("(we emailed carmen-17@example.org)");
    }

    @Test
    void anArabicMessagePassedIntoAnotherKeepsTheReadersDirection() {
        String field = get(Language.AR, "form.errors.group", "عضو الفريق 1", "العمر");
        String error = get(Language.AR, "form.errors.item", field, "يُرجى إدخال رقم.");

        String shown = new Bidi(error, Bidi.RTL).writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);

        int message = shown.indexOf(reversed("إدخال"));
        int age = shown.indexOf(reversed("العمر"));
        int member = shown.indexOf(reversed("الفريق"));
        assertThat(message).as("read from the right: member, age, then the message: %s", shown).isNotNegative()
                .isLessThan(age);
        assertThat(age).as(shown).isLessThan(member);
    }

    private static String reversed(String text) {
        return new StringBuilder(text).reverse().toString();
    }

    @Test
    void filmLengthsInMinutesTakeTheFormOfTheirLastNumberAndTheReadersDecimalComma() {
        Formats english = new Formats(Language.EN);
        assertThat(get(Language.EN, "edition.length", english.minutes(30), english.minutes(60)))
                .isEqualTo("Films from 0.5 to 1 minute long.");
        assertThat(get(Language.EN, "edition.length", english.minutes(60), english.minutes(300)))
                .isEqualTo("Films from 1 to 5 minutes long.");
        Formats russian = new Formats(Language.RU);
        assertThat(get(Language.RU, "edition.length", russian.minutes(60), russian.minutes(150)))
                .isEqualTo("Фильмы длительностью от 1 до 2,5 минуты.");
        assertThat(get(Language.RU, "edition.length", russian.minutes(60), russian.minutes(300)))
                .isEqualTo("Фильмы длительностью от 1 до 5 минут.");
        Formats arabic = new Formats(Language.AR);
        assertThat(get(Language.AR, "rejection.TOO_LONG.what", arabic.minutes(60), arabic.minutes(180)))
                .startsWith("مدة الفيلم أطول من 3 دقائق،");
        assertThat(get(Language.AR, "rejection.TOO_LONG.what", arabic.minutes(60), arabic.minutes(900)))
                .startsWith("مدة الفيلم أطول من 15 دقيقة،");
        assertThat(get(Language.AR, "rejection.TOO_SHORT.what", arabic.minutes(60), arabic.minutes(900)))
                .startsWith("مدة الفيلم أقل من دقيقة واحدة،");
        assertThat(get(Language.EN, "error.ratelimited", 1)).endsWith("try again in 1 minute.");
    }

    @Test
    void theGallerysDescriptionCountsItsWinners() {
        assertThat(get(Language.EN, "gallery.description", "Youth Images 2027", 1))
                .startsWith("The winning films of Youth Images 2027: 1 short film by young people");
        assertThat(get(Language.RU, "gallery.description", "Youth Images 2027", 3))
                .contains(": 3 короткометражных фильма молодых авторов");
        assertThat(get(Language.AR, "gallery.description", "Youth Images 2027", 1)).contains(": فيلم قصير واحد صنعها");
    }

    @Test
    void theFormCountsItsProblems() {
        assertThat(get(Language.EN, "form.errors.heading", 1)).isEqualTo("Please fix this problem");
        assertThat(get(Language.EN, "form.errors.heading", 5)).isEqualTo("Please fix 5 problems");
        assertThat(get(Language.RU, "form.errors.heading", 3)).isEqualTo("Исправьте 3 ошибки");
        assertThat(get(Language.RU, "form.errors.heading", 11)).isEqualTo("Исправьте 11 ошибок");
        assertThat(get(Language.AR, "form.errors.heading", 2)).isEqualTo("يُرجى تصحيح هاتين المشكلتين");
        assertThat(get(Language.AR, "form.title.errors", "Youth Images", 2)).contains("(مشكلتان تحتاجان إلى تصحيح)");
    }

    @Test
    void agesTakeTheFormOfTheOldestAgeInRussianAndArabic() {
        assertThat(get(Language.RU, "edition.category", "Старшие", 18, 21)).isEqualTo("Старшие: от 18 до 21 года");
        assertThat(get(Language.RU, "edition.category", "Старшие", 18, 25)).isEqualTo("Старшие: от 18 до 25 лет");
        assertThat(get(Language.AR, "edition.category", "الصغار", 5, 10)).endsWith("الصغار\u2069: من 5 إلى 10 أعوام");
        assertThat(get(Language.AR, "edition.category", "الكبار", 18, 25)).endsWith("الكبار\u2069: من 18 إلى 25 عامًا");
        assertThat(get(Language.AR, "error.age.under", 8, "1 يناير 2027", 9, 25)).startsWith("سيكون عمرك 8 أعوام في");
        assertThat(get(Language.AR, "error.age.over", 26, "1 يناير 2027", 9, 25)).startsWith("سيكون عمرك 26 عامًا في");
    }

    @Test
    void numbersAreWrittenWithLatinDigitsInArabicLikeTheRestOfThePage() {
        assertThat(days(Language.AR, 45)).contains("45").doesNotContain("٤٥");
    }

    @Test
    void textArgumentsAndMessagesWithoutPluralsReadAsTheyAreWritten() {
        assertThat(get(Language.FR, "edition.category", "Jeunes", "13", "17")).isEqualTo("Jeunes\u00a0: de 13 à 17 ans");
        assertThat(get(Language.EN, "edition.countdown.live", "{0}")).isEqualTo("Time left: {0}");
    }

    private String days(Language language, long days) {
        return get(language, "edition.countdown.days", days);
    }

    private String get(Language language, String key, Object... args) {
        return source.getMessage(key, language.locale(), args).orElseThrow();
    }
}
