package org.youthimages.storage.testing;

import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.edition.EditionPlan;
import org.youthimages.storage.edition.Prize;
import org.youthimages.storage.edition.Round;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Valid edition plans for tests, each with a unique slug so tests never collide in the shared database. */
public final class SampleEditions {

    private SampleEditions() {
    }

    public static String uniqueSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A live edition open for entries from yesterday for thirty days, with three age categories and a jury round. */
    public static EditionPlan openEdition(String slug) {
        Instant now = Instant.now();
        return new EditionPlan(slug, "Youth Images " + slug, 2027, "Migration and inclusion", "Films of 1 to 5 minutes.",
                Edition.State.LIVE, "Europe/Zurich", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)),
                60, 300, 2L * 1024 * 1024 * 1024, LocalDate.of(2027, 6, 30), false,
                List.of(new EditionPlan.Category("UP_TO_12", "Up to 12", 9, 12),
                        new EditionPlan.Category("AGE_13_17", "13 to 17", 13, 17),
                        new EditionPlan.Category("AGE_18_25", "18 to 25", 18, 25)),
                List.of(new EditionPlan.ThemeItem("MIGRATION", "Migration", "Journeys and arrivals"),
                        new EditionPlan.ThemeItem("DIVERSITY", "Diversity", "Living together")),
                List.of(new EditionPlan.PrizeItem(Prize.Kind.SPECIAL_RECOGNITION, "XENOPHOBIA",
                        "Combating xenophobia", "", null)),
                List.of(new EditionPlan.RoundItem(Round.Kind.JURY, "International jury", 3, true, 90, List.of(
                        criterion("STORY", "Storytelling", "2"),
                        criterion("CRAFT", "Craft", "1"),
                        criterion("THEME", "Relevance to the theme", "1.5")))));
    }

    private static EditionPlan.CriterionItem criterion(String code, String name, String weight) {
        return new EditionPlan.CriterionItem(code, name, "How well the film does " + name.toLowerCase(),
                new BigDecimal(weight), 1, 10, Map.of("1", "Weak", "5", "Solid", "10", "Outstanding"));
    }
}
