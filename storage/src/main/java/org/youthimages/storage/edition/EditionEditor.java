package org.youthimages.storage.edition;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.youthimages.storage.account.AccessRules;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.audit.AuditLog;
import org.youthimages.storage.decision.ConfirmationNeeded;
import org.youthimages.storage.decision.Refused;
import org.youthimages.storage.decision.Warning;

import java.util.List;

/**
 * Organisers create an edition and change its rules. A change that would affect entries already received (films
 * now too long, entrants now in another age category, a window closing on uploads in progress) is made only once
 * the organiser has seen what it does and confirmed it. Every change is recorded in the audit log.
 */
@Singleton
public class EditionEditor {

    private final AccessRules access;
    private final EditionRepository editions;
    private final RuleChecks checks;
    private final AuditLog audit;

    EditionEditor(AccessRules access, EditionRepository editions, RuleChecks checks, AuditLog audit) {
        this.access = access;
        this.editions = editions;
        this.checks = checks;
        this.audit = audit;
    }

    public List<Edition> editions(ActingAccount organiser) {
        access.requireOrganiser(organiser);
        return editions.findAllOrderByYearDescAndNameAsc();
    }

    public Edition edition(ActingAccount organiser, long editionId) {
        access.requireOrganiser(organiser);
        return editions.require(editionId);
    }

    @Transactional
    public Edition create(ActingAccount organiser, EditionSettings settings) {
        access.requireOrganiser(organiser);
        settings.validate();
        requireFreeSlug(settings.slug(), null);
        Edition created = editions.save(apply(null, settings));
        audit.record(organiser.actor(), "edition.create", created.id(), "edition", created.id(), null, settings);
        return created;
    }

    /** What the change would do to the entries received so far (nothing when there are none). */
    public List<Warning> warnings(ActingAccount organiser, long editionId, EditionSettings settings) {
        access.requireOrganiser(organiser);
        return checks.settingsChange(editions.require(editionId), settings);
    }

    /**
     * @param confirmed the organiser has seen the {@link #warnings} and wants the change anyway
     * @throws ConfirmationNeeded when the change affects entries and is not confirmed
     */
    @Transactional
    public Edition update(ActingAccount organiser, long editionId, EditionSettings settings, boolean confirmed) {
        access.requireOrganiser(organiser);
        settings.validate();
        Edition before = editions.require(editionId);
        requireFreeSlug(settings.slug(), editionId);
        ConfirmationNeeded.unless(confirmed, checks.settingsChange(before, settings));
        Edition after = editions.update(apply(before, settings));
        audit.record(organiser.actor(), "edition.update", editionId, "edition", editionId, EditionSettings.of(before),
                settings);
        return after;
    }

    private static Edition apply(Edition before, EditionSettings s) {
        return new Edition(before == null ? null : before.id(), s.slug(), s.name().strip(), s.year(), s.themeText(),
                s.rulesText(), s.state(), s.timeZone(), s.opensAt(), s.closesAt(), s.minFilmSeconds(),
                s.maxFilmSeconds(), s.lengthToleranceSeconds(), s.maxFileBytes(), s.minVideoHeight(),
                s.ageCutoffDate(), s.earliestCompletionDate(), s.retentionDays(), before != null && before.demo(),
                before == null ? null : before.createdAt(), null);
    }

    private void requireFreeSlug(String slug, Long editionId) {
        editions.findBySlug(slug).filter(other -> !other.id().equals(editionId)).ifPresent(other -> {
            throw new Refused("settings.slugTaken", "Another edition already uses the address name " + slug, slug);
        });
    }

}
