package org.youthimages.storage.edition;

import jakarta.inject.Singleton;

import java.util.List;

/**
 * Everything an edition is made of, read in one place: its age categories, themes and prizes, and its rounds with
 * their criteria, each in the edition's order.
 */
@Singleton
public class EditionContents {

    public record RoundWithCriteria(Round round, List<Criterion> criteria) {
    }

    public record Contents(Edition edition, List<AgeCategory> categories, List<Theme> themes, List<Prize> prizes,
                           List<RoundWithCriteria> rounds) {
    }

    private final AgeCategoryRepository categories;
    private final ThemeRepository themes;
    private final PrizeRepository prizes;
    private final RoundRepository rounds;
    private final CriterionRepository criteria;

    EditionContents(AgeCategoryRepository categories, ThemeRepository themes, PrizeRepository prizes,
                    RoundRepository rounds, CriterionRepository criteria) {
        this.categories = categories;
        this.themes = themes;
        this.prizes = prizes;
        this.rounds = rounds;
        this.criteria = criteria;
    }

    public Contents of(Edition edition) {
        long id = edition.id();
        return new Contents(edition, categories.findByEditionIdOrderByPosition(id),
                themes.findByEditionIdOrderByPosition(id), prizes.findByEditionIdOrderByPosition(id),
                rounds.findByEditionIdOrderByPosition(id).stream()
                        .map(r -> new RoundWithCriteria(r, criteria.findByRoundIdOrderByPosition(r.id()))).toList());
    }
}
