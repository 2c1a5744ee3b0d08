package org.youthimages.storage.screening;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.youthimages.storage.account.AccessRules;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.audit.AuditLog;
import org.youthimages.storage.decision.Refused;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.edition.EditionRepository;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.EntryRepository;
import org.youthimages.storage.sql.Jdbc;
import org.youthimages.storage.text.TypedText;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Organisers mark entries Eligible, Ineligible (with the reason) or Needs a fix (the entrant is asked to replace the
 * video or details, possible only while the edition is open). Each decision is recorded in the audit log with the
 * state before and after. The public site's status notifier emails the entrant each decision, with its reason, in
 * the language they entered in.
 */
@Singleton
public class EligibilityDecisions {

    private final AccessRules access;
    private final EntryRepository entries;
    private final EditionRepository editions;
    private final ScreeningQueue queue;
    private final Jdbc jdbc;
    private final AuditLog audit;

    EligibilityDecisions(AccessRules access, EntryRepository entries, EditionRepository editions, ScreeningQueue queue,
                         Jdbc jdbc, AuditLog audit) {
        this.access = access;
        this.entries = entries;
        this.editions = editions;
        this.queue = queue;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * Applies one decision to the entries; returns how many changed (an entry already so decided, with the same
     * reason, is left as it is).
     */
    @Transactional
    public int decide(ActingAccount organiser, Collection<Long> entryIds, Entry.Eligibility decision, String reason) {
        access.requireOrganiser(organiser);
        String why = TypedText.paragraphs(reason);
        boolean needsReason = decision == Entry.Eligibility.INELIGIBLE || decision == Entry.Eligibility.NEEDS_FIX;
        if (needsReason && why.isEmpty()) {
            throw new Refused("screening.reason", "Give the reason: the entrant is told it");
        }
        if (entryIds.isEmpty()) {
            return 0;
        }
        Map<Long, Entry> found = new HashMap<>();
        entries.findByIdIn(entryIds).forEach(e -> found.put(e.id(), e));
        Map<Long, Edition> editionsById = new HashMap<>();
        int changed = 0;
        for (long id : entryIds) {
            Entry entry = found.get(id);
            if (entry == null) {
                throw new Refused("gone", "No entry " + id, id);
            }
            Edition edition = editionsById.computeIfAbsent(entry.editionId(),
                    editionId -> editions.findById(editionId).orElseThrow());
            if (entry.eligibility() == Entry.Eligibility.WITHDRAWN || decision == Entry.Eligibility.WITHDRAWN) {
                throw new Refused("screening.withdrawn", "Only the entrant withdraws an entry, and a withdrawn entry "
                        + "stays withdrawn: " + entry.reference(), entry.reference());
            }
            if (decision == Entry.Eligibility.NEEDS_FIX && !edition.acceptsEntriesAt(Instant.now())) {
                throw new Refused("screening.closedForFixes",
                        "Submissions are closed: the entrant can no longer fix " + entry.reference(), entry.reference());
            }
            String newReason = needsReason ? why : null;
            if (entry.eligibility() == decision && Objects.equals(entry.eligibilityReason(), newReason)) {
                continue;
            }
            jdbc.update("update entry set eligibility = ?, eligibility_reason = ?, updated_at = now() where id = ?",
                    decision, newReason, id);
            audit.record(organiser.actor(), "entry.eligibility", entry.editionId(), "entry", id,
                    state(entry.eligibility(), entry.eligibilityReason()), state(decision, newReason));
            changed++;
        }
        return changed;
    }

    /** The bulk action for the obvious ones: every entry waiting for a decision whose checks all pass is eligible. */
    @Transactional
    public int acceptPassing(ActingAccount organiser, long editionId) {
        access.requireOrganiser(organiser);
        List<Long> passing = queue.rows(editionId, ScreeningQueue.Filter.TO_DECIDE).stream()
                .filter(ScreeningRow::allPass).map(ScreeningRow::entryId).toList();
        return decide(organiser, passing, Entry.Eligibility.ELIGIBLE, "");
    }

    private static Map<String, Object> state(Entry.Eligibility eligibility, String reason) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("eligibility", eligibility.name());
        state.put("reason", reason);
        return state;
    }
}
