package org.youthimages.storage.edition;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.youthimages.storage.account.AccessRules;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.audit.AuditLog;
import org.youthimages.storage.decision.ConfirmationNeeded;
import org.youthimages.storage.decision.Refused;
import org.youthimages.storage.decision.Warning;
import org.youthimages.storage.text.TypedText;

import java.util.ArrayList;
import java.util.List;

/**
 * An edition's age categories, themes and prizes (special recognitions and partner prizes). Changing a category's
 * bounds when entrants are in it asks for confirmation; removing what entries use is refused. Names and descriptions
 * are kept as {@link TypedText} cleans them.
 */
@Singleton
public class EditionParts {

    private static final String CODE = "[A-Z0-9_]+";

    /** An age category as the organiser enters it; {@code id} null for a new one. */
    public record CategoryForm(@Nullable Long id, String code, String name, int minAge, int maxAge) {
        public CategoryForm {
            name = TypedText.line(name);
        }
    }

    public record ThemeForm(@Nullable Long id, String code, String name, String description) {
        public ThemeForm {
            name = TypedText.line(name);
            description = TypedText.paragraphs(description);
        }
    }

    /** A prize: {@code partnerName} for a partner's prize, {@code panelId} the panel that judges it. */
    public record PrizeForm(@Nullable Long id, Prize.Kind kind, String code, String name, String description,
                            @Nullable String partnerName, @Nullable Long panelId) {
        public PrizeForm {
            name = TypedText.line(name);
            description = TypedText.paragraphs(description);
            String partner = TypedText.line(partnerName);
            partnerName = partner.isEmpty() ? null : partner;
        }
    }

    private final AccessRules access;
    private final EditionRepository editions;
    private final AgeCategoryRepository categories;
    private final ThemeRepository themes;
    private final PrizeRepository prizes;
    private final RuleChecks checks;
    private final AuditLog audit;

    EditionParts(AccessRules access, EditionRepository editions, AgeCategoryRepository categories,
                 ThemeRepository themes, PrizeRepository prizes, RuleChecks checks, AuditLog audit) {
        this.access = access;
        this.editions = editions;
        this.categories = categories;
        this.themes = themes;
        this.prizes = prizes;
        this.checks = checks;
        this.audit = audit;
    }

    public List<AgeCategory> categories(ActingAccount organiser, long editionId) {
        access.requireOrganiser(organiser);
        return categories.findByEditionIdOrderByPosition(editionId);
    }

    public List<Theme> themes(ActingAccount organiser, long editionId) {
        access.requireOrganiser(organiser);
        return themes.findByEditionIdOrderByPosition(editionId);
    }

    public List<Prize> prizes(ActingAccount organiser, long editionId) {
        access.requireOrganiser(organiser);
        return prizes.findByEditionIdOrderByPosition(editionId);
    }

    /** @throws ConfirmationNeeded when entrants already in the category would fall outside its new bounds */
    @Transactional
    public AgeCategory saveCategory(ActingAccount organiser, long editionId, CategoryForm form, boolean confirmed) {
        access.requireOrganiser(organiser);
        Edition edition = editions.require(editionId);
        requireCode(form.code(), form.name());
        if (form.minAge() < 0 || form.maxAge() < form.minAge()) {
            throw new Refused("category.bounds", "The highest age must be at least the lowest, which cannot be negative");
        }
        List<AgeCategory> all = categories.findByEditionIdOrderByPosition(editionId);
        for (AgeCategory other : all) {
            if (!other.id().equals(form.id()) && form.minAge() <= other.maxAge() && other.minAge() <= form.maxAge()) {
                throw new Refused("category.overlap", "The ages overlap with category " + other.name(), other.name());
            }
        }
        requireFreeCode(all, AgeCategory::code, AgeCategory::id, form.code(), form.id());
        AgeCategory before = form.id() == null ? null : owned(categories.findById(form.id()).orElse(null), editionId);
        List<Warning> warnings = new ArrayList<>();
        if (before != null) {
            long outside = checks.outsideBounds(before.id(), edition.ageCutoffDate(), form.minAge(), form.maxAge());
            if (outside > 0) {
                warnings.add(Warning.of("CATEGORY_BOUNDS", outside, before.name()));
            }
        }
        ConfirmationNeeded.unless(confirmed, warnings);
        AgeCategory saved = before == null
                ? categories.save(new AgeCategory(null, editionId, form.code(), form.name(), form.minAge(),
                        form.maxAge(), all.size()))
                : categories.update(new AgeCategory(before.id(), editionId, form.code(), form.name(),
                        form.minAge(), form.maxAge(), before.position()));
        audit.record(organiser.actor(), "edition.category", editionId, "age_category", saved.id(), before, saved);
        return saved;
    }

    @Transactional
    public void deleteCategory(ActingAccount organiser, long categoryId) {
        access.requireOrganiser(organiser);
        AgeCategory category = categories.findById(categoryId).orElseThrow(() -> missing(categoryId));
        long used = checks.entriesInCategory(categoryId);
        if (used > 0) {
            throw new Refused("category.inUse", used + " entries are in this category", used, category.name());
        }
        categories.delete(category);
        audit.record(organiser.actor(), "edition.category_delete", category.editionId(), "age_category", categoryId,
                category, null);
    }

    @Transactional
    public Theme saveTheme(ActingAccount organiser, long editionId, ThemeForm form) {
        access.requireOrganiser(organiser);
        editions.require(editionId);
        requireCode(form.code(), form.name());
        List<Theme> all = themes.findByEditionIdOrderByPosition(editionId);
        requireFreeCode(all, Theme::code, Theme::id, form.code(), form.id());
        Theme before = form.id() == null ? null : owned(themes.findById(form.id()).orElse(null), editionId);
        Theme saved = before == null
                ? themes.save(new Theme(null, editionId, form.code(), form.name(), form.description(), all.size()))
                : themes.update(new Theme(before.id(), editionId, form.code(), form.name(), form.description(),
                        before.position()));
        audit.record(organiser.actor(), "edition.theme", editionId, "theme", saved.id(), before, saved);
        return saved;
    }

    @Transactional
    public void deleteTheme(ActingAccount organiser, long themeId) {
        access.requireOrganiser(organiser);
        Theme theme = themes.findById(themeId).orElseThrow(() -> missing(themeId));
        long used = checks.entriesWithTheme(themeId);
        if (used > 0) {
            throw new Refused("theme.inUse", used + " entries chose this theme", used, theme.name());
        }
        themes.delete(theme);
        audit.record(organiser.actor(), "edition.theme_delete", theme.editionId(), "theme", themeId, theme, null);
    }

    @Transactional
    public Prize savePrize(ActingAccount organiser, long editionId, PrizeForm form) {
        access.requireOrganiser(organiser);
        editions.require(editionId);
        requireCode(form.code(), form.name());
        String partner = form.partnerName();
        if (form.kind() == Prize.Kind.PARTNER_PRIZE && partner == null) {
            throw new Refused("prize.partner", "A partner prize needs the partner's name");
        }
        List<Prize> all = prizes.findByEditionIdOrderByPosition(editionId);
        requireFreeCode(all, Prize::code, Prize::id, form.code(), form.id());
        Prize before = form.id() == null ? null : owned(prizes.findById(form.id()).orElse(null), editionId);
        if (before != null && before.kind() != form.kind() && checks.prizeUses(before.id()) > 0) {
            throw new Refused("prize.kindInUse", "This prize is already applied for, judged or awarded: its kind stays");
        }
        Prize saved = before == null
                ? prizes.save(new Prize(null, editionId, form.kind(), form.code(), form.name(), form.description(),
                        partner, form.panelId(), all.size()))
                : prizes.update(new Prize(before.id(), editionId, form.kind(), form.code(), form.name(),
                        form.description(), partner, form.panelId(), before.position()));
        audit.record(organiser.actor(), "edition.prize", editionId, "prize", saved.id(), before, saved);
        return saved;
    }

    @Transactional
    public void deletePrize(ActingAccount organiser, long prizeId) {
        access.requireOrganiser(organiser);
        Prize prize = prizes.findById(prizeId).orElseThrow(() -> missing(prizeId));
        long used = checks.prizeUses(prizeId);
        if (used > 0) {
            throw new Refused("prize.inUse", "Entries, rounds or awards use this prize", used, prize.name());
        }
        prizes.delete(prize);
        audit.record(organiser.actor(), "edition.prize_delete", prize.editionId(), "prize", prizeId, prize, null);
    }

    private static void requireCode(String code, String name) {
        if (code == null || !code.matches(CODE)) {
            throw new Refused("code", "A code uses capital letters, digits and underscores, e.g. AGE_13_17");
        }
        if (name == null || name.isBlank()) {
            throw new Refused("name", "Give it a name");
        }
    }

    static <T> void requireFreeCode(List<T> parts, java.util.function.Function<T, String> code,
                                    java.util.function.Function<T, Long> id, String wanted, Long own) {
        if (parts.stream().anyMatch(p -> code.apply(p).equals(wanted) && !id.apply(p).equals(own))) {
            throw new Refused("codeTaken", "The code " + wanted + " is already used", wanted);
        }
    }

    private static <T> T owned(T part, long editionId) {
        long owner = switch (part) {
            case AgeCategory c -> c.editionId();
            case Theme t -> t.editionId();
            case Prize p -> p.editionId();
            case null -> -1;
            default -> throw new IllegalArgumentException(part.toString());
        };
        if (owner != editionId) {
            throw new Refused("notInEdition", "This does not belong to the edition");
        }
        return part;
    }

    private static Refused missing(long id) {
        return new Refused("gone", "It was removed meanwhile", id);
    }
}
