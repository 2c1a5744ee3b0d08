package org.youthimages.storage.edition;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Everything needed to set up an edition in one go: its rules, categories, themes, prizes and rounds. */
public record EditionPlan(String slug,
                          String name,
                          int year,
                          String themeText,
                          String rulesText,
                          Edition.State state,
                          String timeZone,
                          Instant submissionsOpenAt,
                          Instant submissionsCloseAt,
                          int minFilmSeconds,
                          int maxFilmSeconds,
                          long maxFileBytes,
                          LocalDate ageCutoffDate,
                          boolean demo,
                          List<Category> categories,
                          List<ThemeItem> themes,
                          List<PrizeItem> prizes,
                          List<RoundItem> rounds) {

    public EditionPlan {
        categories = List.copyOf(categories);
        themes = List.copyOf(themes);
        prizes = List.copyOf(prizes);
        rounds = List.copyOf(rounds);
    }

    public record Category(String code, String name, int minAge, int maxAge) {
    }

    public record ThemeItem(String code, String name, String description) {
    }

    public record PrizeItem(Prize.Kind kind, String code, String name, String description, String partnerName) {
    }

    public record RoundItem(Round.Kind kind, String name, int jurorsPerFilm, boolean blind,
                            int watchThresholdPercent, List<CriterionItem> criteria) {

        public RoundItem {
            criteria = List.copyOf(criteria);
        }
    }

    public record CriterionItem(String code, String name, String guidance, BigDecimal weight, int scaleMin,
                                int scaleMax, Map<String, String> anchors) {
    }
}
