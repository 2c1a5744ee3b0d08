package org.youthimages.storage.results;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.youthimages.storage.account.AccessRules;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.audit.AuditLog;
import org.youthimages.storage.decision.Refused;
import org.youthimages.storage.edition.Prize;
import org.youthimages.storage.edition.PrizeRepository;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.EntryRepository;
import org.youthimages.storage.publication.PublicationRepository;
import org.youthimages.storage.sql.Jdbc;
import org.youthimages.storage.text.TypedText;

import java.time.Instant;
import java.util.List;

/**
 * Awards as the jury decides them, each with its recorded reason: one distinction per age category, special
 * recognitions and partner prizes. A film may win more than one. While the winners are published, the awards stay
 * as published (unpublish first). Every decision goes to the audit log.
 */
@Singleton
public class AwardDecisions {

    /** An award as organisers see it. {@code title} is the prize's or the category's name. */
    public record Line(long awardId, Award.Kind kind, String title, long entryId, String reference, String film,
                       String reason, @Nullable String decidedBy, Instant decidedAt) {
    }

    private final AccessRules access;
    private final AwardRepository awards;
    private final EntryRepository entries;
    private final PrizeRepository prizes;
    private final PublicationRepository publications;
    private final Jdbc jdbc;
    private final AuditLog audit;

    AwardDecisions(AccessRules access, AwardRepository awards, EntryRepository entries, PrizeRepository prizes,
                   PublicationRepository publications, Jdbc jdbc, AuditLog audit) {
        this.access = access;
        this.awards = awards;
        this.entries = entries;
        this.prizes = prizes;
        this.publications = publications;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * @param prizeId the special recognition or partner prize (null for a category's distinction, which goes to the
     *                film's own age category)
     */
    @Transactional
    public Award decide(ActingAccount organiser, long entryId, Award.Kind kind, @Nullable Long prizeId,
                        String reason) {
        access.requireOrganiser(organiser);
        Entry entry = entries.findById(entryId).orElseThrow(() -> new Refused("gone", "No entry " + entryId, entryId));
        String why = TypedText.paragraphs(reason);
        if (why.isEmpty()) {
            throw new Refused("award.reason", "Record the jury's reason for the award");
        }
        if (entry.eligibility() != Entry.Eligibility.ELIGIBLE) {
            throw new Refused("award.notEligible", "Only an eligible film can win an award", entry.reference());
        }
        requireUnpublished(entry.editionId());
        Long category = null;
        if (kind == Award.Kind.CATEGORY_DISTINCTION) {
            category = entry.ageCategoryId();
            if (category == null) {
                throw new Refused("award.noCategory", "The film has no age category", entry.reference());
            }
            awards.findByEditionId(entry.editionId()).stream()
                    .filter(a -> a.kind() == Award.Kind.CATEGORY_DISTINCTION && entry.ageCategoryId().equals(a.ageCategoryId()))
                    .findFirst().ifPresent(a -> {
                        throw new Refused("award.categoryTaken", "The category's distinction is already decided",
                                entries.findById(a.entryId()).map(Entry::reference).orElse(""));
                    });
        } else {
            Prize prize = prizeId == null ? null : prizes.findById(prizeId).orElse(null);
            if (prize == null || prize.editionId() != entry.editionId() || !prize.kind().name().equals(kind.name())) {
                throw new Refused("award.prize", "Choose one of the edition's prizes of this kind");
            }
            if (awards.findByEntryId(entryId).stream().anyMatch(a -> prizeId.equals(a.prizeId()))) {
                throw new Refused("award.twice", "The film already has this prize", entry.reference());
            }
        }
        Award award = awards.save(new Award(null, entry.editionId(), kind, entryId, category,
                kind == Award.Kind.CATEGORY_DISTINCTION ? null : prizeId, why, organiser.id(),
                Instant.now()));
        audit.record(organiser.actor(), "award.decide", entry.editionId(), "award", award.id(), null, award);
        return award;
    }

    @Transactional
    public void withdraw(ActingAccount organiser, long awardId) {
        access.requireOrganiser(organiser);
        Award award = awards.findById(awardId).orElseThrow(() -> new Refused("gone", "No award " + awardId, awardId));
        requireUnpublished(award.editionId());
        awards.delete(award);
        audit.record(organiser.actor(), "award.withdraw", award.editionId(), "award", awardId, award, null);
    }

    public List<Line> ofEdition(ActingAccount organiser, long editionId) {
        access.requireOrganiser(organiser);
        return jdbc.list("""
                select a.id, a.kind, coalesce(p.name, c.name) as title, a.entry_id, e.reference, e.title as film,
                       a.reason, d.display_name, a.decided_at
                  from award a join entry e on e.id = a.entry_id
                  left join prize p on p.id = a.prize_id
                  left join age_category c on c.id = a.age_category_id
                  left join account d on d.id = a.decided_by
                 where a.edition_id = ?
                 order by a.kind, coalesce(c.position, p.position), a.id""",
                rs -> new Line(rs.getLong(1), Award.Kind.valueOf(rs.getString(2)), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        Jdbc.instant(rs, "decided_at")), editionId);
    }

    private void requireUnpublished(long editionId) {
        if (publications.findByEditionIdAndUnpublishedAtIsNull(editionId).isPresent()) {
            throw new Refused("award.published", "The winners are published: unpublish them before changing awards");
        }
    }
}
