package org.youthimages.app.edition;

import jakarta.inject.Singleton;
import org.youthimages.storage.edition.AgeCategory;
import org.youthimages.storage.edition.AgeCategoryRepository;
import org.youthimages.storage.edition.Criterion;
import org.youthimages.storage.edition.CriterionRepository;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.edition.EditionRepository;
import org.youthimages.storage.edition.Prize;
import org.youthimages.storage.edition.PrizeRepository;
import org.youthimages.storage.edition.Round;
import org.youthimages.storage.edition.RoundRepository;
import org.youthimages.storage.edition.Theme;
import org.youthimages.storage.edition.ThemeRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** An edition as the public sees it, read from the edition's tables; drafts are not public. */
@Singleton
public class EditionRules {

    private final EditionRepository editions;
    private final AgeCategoryRepository categories;
    private final ThemeRepository themes;
    private final PrizeRepository prizes;
    private final RoundRepository rounds;
    private final CriterionRepository criteria;

    EditionRules(EditionRepository editions, AgeCategoryRepository categories, ThemeRepository themes,
                 PrizeRepository prizes, RoundRepository rounds, CriterionRepository criteria) {
        this.editions = editions;
        this.categories = categories;
        this.themes = themes;
        this.prizes = prizes;
        this.rounds = rounds;
        this.criteria = criteria;
    }

    public Optional<PublicEdition> find(String slug) {
        return editions.findBySlug(slug).filter(e -> e.state() != Edition.State.DRAFT).map(this::load);
    }

    public PublicEdition load(Edition edition) {
        long id = edition.id();
        List<JudgedRound> judged = rounds.findByEditionIdOrderByPosition(id).stream()
                .filter(r -> r.kind() == Round.Kind.JURY || r.kind() == Round.Kind.PRESELECTION)
                .map(r -> new JudgedRound(r, criteria.findByRoundIdOrderByPosition(r.id())))
                .toList();
        return new PublicEdition(edition, categories.findByEditionIdOrderByPosition(id),
                themes.findByEditionIdOrderByPosition(id), prizes.findByEditionIdOrderByPosition(id), judged);
    }

    public record JudgedRound(Round round, List<Criterion> criteria) {
    }

    /** The edition and everything an entrant needs to know about its rules. */
    public record PublicEdition(Edition edition, List<AgeCategory> categories, List<Theme> themes, List<Prize> prizes,
                                List<JudgedRound> rounds) {

        public Phase phase(Instant now) {
            if (edition.acceptsEntriesAt(now)) {
                return Phase.OPEN;
            }
            return edition.state() == Edition.State.LIVE && now.isBefore(edition.submissionsOpenAt())
                    ? Phase.UPCOMING : Phase.CLOSED;
        }

        public boolean open() {
            return phase(Instant.now()) == Phase.OPEN;
        }

        public List<Prize> specialRecognitions() {
            return prizes.stream().filter(p -> p.kind() == Prize.Kind.SPECIAL_RECOGNITION).toList();
        }

        public List<Prize> partnerPrizes() {
            return prizes.stream().filter(p -> p.kind() == Prize.Kind.PARTNER_PRIZE).toList();
        }

        public int minAge() {
            return categories.stream().mapToInt(AgeCategory::minAge).min().orElse(0);
        }

        public int maxAge() {
            return categories.stream().mapToInt(AgeCategory::maxAge).max().orElse(120);
        }
    }

    public enum Phase { UPCOMING, OPEN, CLOSED }
}
