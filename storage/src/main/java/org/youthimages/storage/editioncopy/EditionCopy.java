package org.youthimages.storage.editioncopy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.youthimages.storage.account.AccessRules;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.audit.AuditLog;
import org.youthimages.storage.edition.AgeCategory;
import org.youthimages.storage.edition.AgeCategoryRepository;
import org.youthimages.storage.edition.Criterion;
import org.youthimages.storage.edition.CriterionRepository;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.edition.EditionEditor;
import org.youthimages.storage.edition.EditionRepository;
import org.youthimages.storage.edition.EditionSettings;
import org.youthimages.storage.edition.Prize;
import org.youthimages.storage.edition.PrizeRepository;
import org.youthimages.storage.edition.Round;
import org.youthimages.storage.edition.RoundRepository;
import org.youthimages.storage.edition.Theme;
import org.youthimages.storage.edition.ThemeRepository;
import org.youthimages.storage.account.Account;
import org.youthimages.storage.account.AccountRepository;
import org.youthimages.storage.judging.JuryPanel;
import org.youthimages.storage.judging.JuryPanelMember;
import org.youthimages.storage.judging.JuryPanelMemberRepository;
import org.youthimages.storage.judging.JuryPanelRepository;
import org.youthimages.storage.translation.EditionTranslations;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A contest comes back every year much as it was: organisers start a new edition from an earlier one. The new
 * edition takes the settings the organiser gave and, from the earlier one, its age categories, themes, special
 * recognitions and prizes, jury panels (with their jurors who can still sign in, if the organiser keeps them;
 * otherwise empty, for this year's jurors to be chosen anew), rounds with their criteria (planned, their dates moved
 * as far as the deadline moved) and the translations of all these texts. Nothing of its entries, jurors' work or
 * awards comes along, and the earlier edition is left as it was.
 */
@Singleton
public class EditionCopy {

    private final AccessRules access;
    private final EditionEditor editor;
    private final EditionRepository editions;
    private final AgeCategoryRepository categories;
    private final ThemeRepository themes;
    private final JuryPanelRepository panels;
    private final JuryPanelMemberRepository members;
    private final AccountRepository accounts;
    private final PrizeRepository prizes;
    private final RoundRepository rounds;
    private final CriterionRepository criteria;
    private final EditionTranslations translations;
    private final AuditLog audit;

    EditionCopy(AccessRules access, EditionEditor editor, EditionRepository editions, AgeCategoryRepository categories,
                ThemeRepository themes, JuryPanelRepository panels, JuryPanelMemberRepository members,
                AccountRepository accounts, PrizeRepository prizes, RoundRepository rounds, CriterionRepository criteria,
                EditionTranslations translations, AuditLog audit) {
        this.access = access;
        this.editor = editor;
        this.editions = editions;
        this.categories = categories;
        this.themes = themes;
        this.panels = panels;
        this.members = members;
        this.accounts = accounts;
        this.prizes = prizes;
        this.rounds = rounds;
        this.criteria = criteria;
        this.translations = translations;
        this.audit = audit;
    }

    /**
     * Creates the edition {@code settings} describe, made of the parts of edition {@code earlierId}: all or nothing.
     *
     * @param keepJurors each panel keeps its jurors (those whose account is still active)
     */
    @Transactional
    public Edition createFrom(ActingAccount organiser, long earlierId, EditionSettings settings, boolean keepJurors) {
        access.requireOrganiser(organiser);
        Edition earlier = editions.require(earlierId);
        Edition created = editor.create(organiser, settings);
        long to = created.id();
        List<AgeCategory> earlierCategories = categories.findByEditionIdOrderByPosition(earlierId);
        for (AgeCategory c : earlierCategories) {
            categories.save(new AgeCategory(null, to, c.code(), c.name(), c.minAge(), c.maxAge(), c.position()));
        }
        List<Theme> earlierThemes = themes.findByEditionIdOrderByPosition(earlierId);
        for (Theme t : earlierThemes) {
            themes.save(new Theme(null, to, t.code(), t.name(), t.description(), t.position()));
        }
        Map<Long, Long> panelIds = new HashMap<>();
        int jurors = 0;
        for (JuryPanel p : panels.findByEditionId(earlierId)) {
            long copy = panels.save(new JuryPanel(null, to, p.name())).id();
            panelIds.put(p.id(), copy);
            if (keepJurors) {
                jurors += copyJurors(p.id(), copy);
            }
        }
        Map<Long, Long> prizeIds = new HashMap<>();
        for (Prize p : prizes.findByEditionIdOrderByPosition(earlierId)) {
            prizeIds.put(p.id(), prizes.save(new Prize(null, to, p.kind(), p.code(), p.name(), p.description(),
                    p.partnerName(), mapped(panelIds, p.panelId()), p.position())).id());
        }
        DateShift shift = new DateShift(earlier, created);
        Map<Long, Long> roundIds = new HashMap<>();
        Map<Long, Long> criterionIds = new HashMap<>();
        for (Round r : rounds.findByEditionIdOrderByPosition(earlierId)) {
            Round copy = rounds.save(new Round(null, to, r.kind(), r.name(), r.position(),
                    mapped(panelIds, r.panelId()), mapped(prizeIds, r.prizeId()), r.voting(), r.jurorsPerFilm(),
                    r.blind(), r.showCountry(), r.conflictOnSameCountry(), r.conflictOnSameOrganisation(),
                    r.watchThresholdPercent(), r.disagreementThreshold(), r.tieBreak(), Round.State.PLANNED, false,
                    shift.apply(r.opensAt()), shift.apply(r.closesAt()), r.filmsFrom()));
            roundIds.put(r.id(), copy.id());
            for (Criterion c : criteria.findByRoundIdOrderByPosition(r.id())) {
                criterionIds.put(c.id(), criteria.save(new Criterion(null, copy.id(), c.code(), c.name(),
                        c.guidance(), c.weight(), c.scaleMin(), c.scaleMax(), c.anchors(), c.position())).id());
            }
        }
        translations.copy(organiser, earlierId, to, roundIds, criterionIds,
                name -> EditionSettings.withYear(name, earlier.year(), created.year()));
        audit.record(organiser.actor(), "edition.copy", to, "edition", to, Map.of("from", earlierId),
                Map.of("categories", earlierCategories.size(), "themes", earlierThemes.size(), "panels",
                        panelIds.size(), "jurors", jurors, "prizes", prizeIds.size(), "rounds", roundIds.size(),
                        "criteria", criterionIds.size()));
        return created;
    }

    /** Puts the panel's jurors whose account is still active on its copy; returns how many. */
    private int copyJurors(long panelId, long copyId) {
        int copied = 0;
        for (JuryPanelMember member : members.findByPanelId(panelId)) {
            if (accounts.findById(member.accountId()).map(Account::active).orElse(false)) {
                members.save(new JuryPanelMember(null, copyId, member.accountId()));
                copied++;
            }
        }
        return copied;
    }

    private static Long mapped(Map<Long, Long> ids, @Nullable Long id) {
        return id == null ? null : ids.get(id);
    }

    /**
     * Moves a round's dates by as many days as the deadline moved between the two editions, keeping their time of
     * day in the edition's time zone.
     */
    private record DateShift(ZoneId from, ZoneId to, long days) {

        DateShift(Edition earlier, Edition created) {
            this(earlier.zone(), created.zone(), ChronoUnit.DAYS.between(
                    LocalDateTime.ofInstant(earlier.submissionsCloseAt(), earlier.zone()).toLocalDate(),
                    LocalDateTime.ofInstant(created.submissionsCloseAt(), created.zone()).toLocalDate()));
        }

        Instant apply(@Nullable Instant at) {
            return at == null ? null : LocalDateTime.ofInstant(at, from).plusDays(days).atZone(to).toInstant();
        }
    }
}
