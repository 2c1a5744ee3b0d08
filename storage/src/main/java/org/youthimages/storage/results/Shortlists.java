package org.youthimages.storage.results;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.youthimages.storage.account.AccessRules;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.audit.AuditLog;
import org.youthimages.storage.decision.Refused;
import org.youthimages.storage.edition.Round;
import org.youthimages.storage.edition.RoundRepository;
import org.youthimages.storage.sql.Jdbc;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Films advanced to a round that judges a shortlist: from the pre-selection's results to the jury, or chosen by
 * hand. The round's automatic assignment then gives them to its jurors. Recorded in the audit log.
 */
@Singleton
public class Shortlists {

    public record Shortlisted(long entryId, String reference, String title, String category) {
    }

    private final AccessRules access;
    private final RoundRepository rounds;
    private final Jdbc jdbc;
    private final AuditLog audit;

    Shortlists(AccessRules access, RoundRepository rounds, Jdbc jdbc, AuditLog audit) {
        this.access = access;
        this.rounds = rounds;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The edition's rounds that judge a shortlist and come after this one: where its films can advance. */
    public List<Round> nextRounds(ActingAccount organiser, long roundId) {
        access.requireOrganiser(organiser);
        Round from = round(roundId);
        return rounds.findByEditionIdOrderByPosition(from.editionId()).stream()
                .filter(r -> r.position() > from.position() && r.filmsFrom() == Round.FilmsFrom.SHORTLIST).toList();
    }

    public List<Shortlisted> shortlist(ActingAccount organiser, long roundId) {
        access.requireOrganiser(organiser);
        return jdbc.list("""
                select e.id, e.reference, e.title, coalesce(c.name, '') from shortlist_entry s
                  join entry e on e.id = s.entry_id left join age_category c on c.id = e.age_category_id
                 where s.round_id = ? order by c.position nulls last, e.reference""",
                rs -> new Shortlisted(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)), roundId);
    }

    /** Adds eligible films of the round's edition to its shortlist; returns how many were new. */
    @Transactional
    public int advance(ActingAccount organiser, long roundId, Collection<Long> entryIds) {
        access.requireOrganiser(organiser);
        Round round = round(roundId);
        if (round.filmsFrom() != Round.FilmsFrom.SHORTLIST) {
            throw new Refused("shortlist.notShortlistRound", "This round judges other films than a shortlist");
        }
        int added = 0;
        for (long entryId : entryIds) {
            boolean eligible = jdbc.one("select edition_id = ? and eligibility = 'ELIGIBLE' from entry where id = ?",
                    rs -> rs.getBoolean(1), round.editionId(), entryId).orElse(false);
            if (!eligible) {
                throw new Refused("shortlist.notEligible", "Only eligible films of the edition can advance", entryId);
            }
            added += jdbc.update("""
                    insert into shortlist_entry (round_id, entry_id, added_by) values (?, ?, ?) on conflict do nothing""",
                    roundId, entryId, organiser.id());
        }
        audit.record(organiser.actor(), "round.shortlist", round.editionId(), "round", roundId, null,
                Map.of("added", List.copyOf(entryIds)));
        return added;
    }

    /** Takes a film off the shortlist; its assignments in the round go at the round's next automatic assignment. */
    @Transactional
    public void remove(ActingAccount organiser, long roundId, long entryId) {
        access.requireOrganiser(organiser);
        Round round = round(roundId);
        jdbc.update("delete from shortlist_entry where round_id = ? and entry_id = ?", roundId, entryId);
        audit.record(organiser.actor(), "round.shortlist_remove", round.editionId(), "round", roundId,
                Map.of("entry", entryId), null);
    }

    private Round round(long roundId) {
        return rounds.findById(roundId).orElseThrow(() -> new Refused("noRound", "No round " + roundId, roundId));
    }
}
