package org.youthimages.storage.results;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.youthimages.storage.audit.AuditLog;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.EntryRepository;

import java.time.Instant;
import java.util.List;

/**
 * Awards as the jury decides them, each with its recorded reason: one distinction per age category, special
 * recognitions and partner prizes. A film may win more than one. Every decision goes to the audit log.
 */
@Singleton
public class AwardDecisions {

    private final AwardRepository awards;
    private final EntryRepository entries;
    private final AuditLog audit;

    AwardDecisions(AwardRepository awards, EntryRepository entries, AuditLog audit) {
        this.awards = awards;
        this.entries = entries;
        this.audit = audit;
    }

    @Transactional
    public Award decide(AuditLog.Actor organiser, long entryId, Award.Kind kind, @Nullable Long prizeId,
                        String reason) {
        Entry entry = entries.findById(entryId).orElseThrow(() -> new IllegalArgumentException("No such film"));
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Record the jury's reason for the award");
        }
        if (entry.eligibility() != Entry.Eligibility.ELIGIBLE) {
            throw new IllegalArgumentException("Only an eligible film can win an award");
        }
        Long category = kind == Award.Kind.CATEGORY_DISTINCTION ? entry.ageCategoryId() : null;
        Award award = awards.save(new Award(null, entry.editionId(), kind, entryId, category,
                kind == Award.Kind.CATEGORY_DISTINCTION ? null : prizeId, reason.strip(), organiser.accountId(),
                Instant.now()));
        audit.record(organiser, "award.decide", entry.editionId(), "award", award.id(), null, award);
        return award;
    }

    @Transactional
    public void withdraw(AuditLog.Actor organiser, long awardId) {
        Award award = awards.findById(awardId).orElseThrow(() -> new IllegalArgumentException("No such award"));
        awards.delete(award);
        audit.record(organiser, "award.withdraw", award.editionId(), "award", awardId, award, null);
    }

    public List<Award> ofEdition(long editionId) {
        return awards.findByEditionId(editionId);
    }
}
