package org.youthimages.storage.edition;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.List;

/** Creates an edition with all its parts in one transaction: either all of it is stored, or none. */
@Singleton
public class EditionSetup {

    private static final BigDecimal DEFAULT_DISAGREEMENT = new BigDecimal("2.5");

    private final EditionRepository editions;
    private final AgeCategoryRepository categories;
    private final ThemeRepository themes;
    private final PrizeRepository prizes;
    private final RoundRepository rounds;
    private final CriterionRepository criteria;

    EditionSetup(EditionRepository editions, AgeCategoryRepository categories, ThemeRepository themes,
                 PrizeRepository prizes, RoundRepository rounds, CriterionRepository criteria) {
        this.editions = editions;
        this.categories = categories;
        this.themes = themes;
        this.prizes = prizes;
        this.rounds = rounds;
        this.criteria = criteria;
    }

    @Transactional
    public Edition create(EditionPlan plan) {
        Edition edition = editions.save(new Edition(null, plan.slug(), plan.name(), plan.year(), plan.themeText(),
                plan.rulesText(), plan.state(), plan.timeZone(), plan.submissionsOpenAt(), plan.submissionsCloseAt(),
                plan.minFilmSeconds(), plan.maxFilmSeconds(), 5, plan.maxFileBytes(), 240, plan.ageCutoffDate(),
                null, null, plan.demo(), null, null));
        long id = edition.id();
        int position = 0;
        for (EditionPlan.Category c : plan.categories()) {
            categories.save(new AgeCategory(null, id, c.code(), c.name(), c.minAge(), c.maxAge(), position++));
        }
        position = 0;
        for (EditionPlan.ThemeItem t : plan.themes()) {
            themes.save(new Theme(null, id, t.code(), t.name(), t.description(), position++));
        }
        position = 0;
        for (EditionPlan.PrizeItem p : plan.prizes()) {
            prizes.save(new Prize(null, id, p.kind(), p.code(), p.name(), p.description(), p.partnerName(), null,
                    position++));
        }
        position = 1;
        for (EditionPlan.RoundItem r : plan.rounds()) {
            Round round = rounds.save(new Round(null, id, r.kind(), r.name(), position++, null, null,
                    Round.Voting.SCORES, r.jurorsPerFilm(), r.blind(), true, false, true, r.watchThresholdPercent(),
                    DEFAULT_DISAGREEMENT, Round.TieBreak.MEDIAN, Round.State.PLANNED, false, null, null,
                    Round.FilmsFrom.ELIGIBLE));
            saveCriteria(round.id(), r.criteria());
        }
        return edition;
    }

    private void saveCriteria(long roundId, List<EditionPlan.CriterionItem> items) {
        int position = 0;
        for (EditionPlan.CriterionItem c : items) {
            criteria.save(new Criterion(null, roundId, c.code(), c.name(), c.guidance(), c.weight(), c.scaleMin(),
                    c.scaleMax(), c.anchors(), position++));
        }
    }
}
