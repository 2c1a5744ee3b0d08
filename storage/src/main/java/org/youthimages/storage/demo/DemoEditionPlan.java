package org.youthimages.storage.demo;

import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.edition.EditionPlan;
import org.youthimages.storage.edition.Prize;
import org.youthimages.storage.edition.Round;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** The demo edition: open for a year from its creation, with the contest's usual categories, themes and jury. */
final class DemoEditionPlan {

    static final String SLUG = "demo";
    /** The edition's name, with its year. */
    static final String NAME = "Youth Images %d (demo)";
    private static final String ZONE = "Europe/Zurich";

    private DemoEditionPlan() {
    }

    static EditionPlan create(Instant now) {
        int year = now.atZone(ZoneId.of(ZONE)).getYear() + 1;
        return new EditionPlan(SLUG, NAME.formatted(year), year,
                "Migration, diversity and social inclusion: show us the stories of people on the move, "
                        + "and of communities that welcome them.",
                "Films from 1 to 5 minutes, made by young people aged 9 to 25. Any genre, any camera, any language "
                        + "with English subtitles.",
                Edition.State.LIVE, ZONE, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)),
                60, 300, 2L * 1024 * 1024 * 1024, LocalDate.of(year, 6, 30), true,
                List.of(new EditionPlan.Category("UP_TO_12", "Up to 12", 9, 12),
                        new EditionPlan.Category("AGE_13_17", "13 to 17", 13, 17),
                        new EditionPlan.Category("AGE_18_25", "18 to 25", 18, 25)),
                List.of(new EditionPlan.ThemeItem("MIGRATION", "Migration", "Journeys, arrivals and belonging"),
                        new EditionPlan.ThemeItem("DIVERSITY", "Diversity", "Living together with our differences"),
                        new EditionPlan.ThemeItem("INCLUSION", "Social inclusion", "Making room for everyone"),
                        new EditionPlan.ThemeItem("XENOPHOBIA", "Countering xenophobia", "Answering fear and hate")),
                List.of(new EditionPlan.PrizeItem(Prize.Kind.SPECIAL_RECOGNITION, "NO_XENOPHOBIA",
                                "Combating xenophobia and discrimination", "", null),
                        new EditionPlan.PrizeItem(Prize.Kind.SPECIAL_RECOGNITION, "RESPONSIBLE_NARRATIVES",
                                "Responsible narratives on migration", "", null)),
                List.of(new EditionPlan.RoundItem(Round.Kind.JURY, "International jury", 3, true, 90, List.of(
                        criterion("MESSAGE", "Message and relevance to the theme",
                                "Does the film speak to migration, diversity or inclusion in a way that stays with you?",
                                "3"),
                        criterion("STORY", "Storytelling",
                                "Is the story clear and engaging from beginning to end?", "2"),
                        criterion("ORIGINALITY", "Originality and creativity",
                                "Does the film find its own way of showing its subject?", "2"),
                        criterion("CRAFT", "Technical craft",
                                "Image, sound and editing, judged for what the film-maker had, not for the budget.",
                                "1")))));
    }

    private static EditionPlan.CriterionItem criterion(String code, String name, String guidance, String weight) {
        return new EditionPlan.CriterionItem(code, name, guidance, new BigDecimal(weight), 1, 10,
                Map.of("1", "Weak", "4", "Fair", "7", "Strong", "10", "Outstanding"));
    }
}
