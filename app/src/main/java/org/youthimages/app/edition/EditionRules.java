package org.youthimages.app.edition;

import jakarta.inject.Singleton;
import org.youthimages.app.i18n.Language;
import org.youthimages.storage.edition.AgeCategory;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.edition.EditionContents;
import org.youthimages.storage.edition.EditionContents.RoundWithCriteria;
import org.youthimages.storage.edition.EditionRepository;
import org.youthimages.storage.edition.Prize;
import org.youthimages.storage.edition.Round;
import org.youthimages.storage.edition.Theme;
import org.youthimages.storage.translation.EditionTranslations;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An edition as the public sees it, read from the edition's tables in the reader's language (the organisers'
 * translations, or the texts as written); drafts are not public.
 */
@Singleton
public class EditionRules {

    private final EditionRepository editions;
    private final EditionContents contents;
    private final EditionTranslations translations;

    EditionRules(EditionRepository editions, EditionContents contents, EditionTranslations translations) {
        this.editions = editions;
        this.contents = contents;
        this.translations = translations;
    }

    public Optional<PublicEdition> find(String slug, Language language) {
        return editions.findBySlug(slug).filter(e -> e.state() != Edition.State.DRAFT)
                .map(edition -> load(edition, language));
    }

    public PublicEdition load(Edition edition, Language language) {
        EditionContents.Contents read = translations.forReaders(edition.id(), language.code())
                .of(contents.of(edition));
        List<RoundWithCriteria> judged = read.rounds().stream()
                .filter(r -> r.round().kind() == Round.Kind.JURY || r.round().kind() == Round.Kind.PRESELECTION)
                .toList();
        return new PublicEdition(read.edition(), read.categories(), read.themes(), read.prizes(), judged);
    }

    /** The edition and everything an entrant needs to know about its rules. */
    public record PublicEdition(Edition edition, List<AgeCategory> categories, List<Theme> themes, List<Prize> prizes,
                                List<RoundWithCriteria> rounds) {

        public Phase phase(Instant now) {
            return Phase.of(edition, now);
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

    public enum Phase {
        UPCOMING, OPEN, CLOSED;

        public static Phase of(Edition edition, Instant now) {
            if (edition.acceptsEntriesAt(now)) {
                return OPEN;
            }
            return edition.state() == Edition.State.LIVE && now.isBefore(edition.submissionsOpenAt())
                    ? UPCOMING : CLOSED;
        }
    }
}
