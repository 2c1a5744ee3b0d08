package org.youthimages.storage.demo;

import jakarta.inject.Singleton;
import org.youthimages.storage.account.Account;
import org.youthimages.storage.account.AccountRepository;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.account.Role;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.edition.Round;
import org.youthimages.storage.edition.RoundRepository;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.EntryRepository;
import org.youthimages.storage.judging.Assignment;
import org.youthimages.storage.judging.AssignmentRepository;
import org.youthimages.storage.judging.Assignments;
import org.youthimages.storage.judging.JuryPanelMember;
import org.youthimages.storage.judging.JuryPanelMemberRepository;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Gives the demo's jurors something to judge: every ready, eligible film of the demo edition not yet in an open round goes
 * to the round's panel, through the organisers' own assignment service. Runs at each demo start; films added since
 * (uploaded, or generated) join the queues then.
 */
@Singleton
class DemoJudging {

    private final RoundRepository rounds;
    private final EntryRepository entries;
    private final AssignmentRepository assignmentRows;
    private final JuryPanelMemberRepository members;
    private final AccountRepository accounts;
    private final Assignments assignments;

    DemoJudging(RoundRepository rounds, EntryRepository entries, AssignmentRepository assignmentRows,
                JuryPanelMemberRepository members, AccountRepository accounts, Assignments assignments) {
        this.rounds = rounds;
        this.entries = entries;
        this.assignmentRows = assignmentRows;
        this.members = members;
        this.accounts = accounts;
        this.assignments = assignments;
    }

    /** Assigns the demo edition's ready films that no open round has yet; returns how many films were given. */
    int assignReadyFilms(Edition edition, String organiserEmail) {
        Account organiser = accounts.findByEmail(organiserEmail).orElse(null);
        if (organiser == null) {
            return 0;
        }
        ActingAccount acting = new ActingAccount(organiser.id(), organiser.email(), organiser.displayName(),
                Set.of(Role.ORGANISER), organiser.locale(), Instant.now());
        int given = 0;
        for (Round round : rounds.findByEditionIdOrderByPosition(edition.id())) {
            if (round.state() != Round.State.OPEN || round.panelId() == null) {
                continue;
            }
            Set<Long> assigned = assignmentRows.findByRoundId(round.id()).stream().map(Assignment::entryId)
                    .collect(Collectors.toSet());
            List<Long> waiting = entries.findByEditionIdOrderByCreatedAt(edition.id()).stream()
                    .filter(e -> e.status() == Entry.Status.READY && e.eligibility() == Entry.Eligibility.ELIGIBLE
                            && !assigned.contains(e.id())).map(Entry::id)
                    .toList();
            List<Long> jurors = members.findByPanelId(round.panelId()).stream().map(JuryPanelMember::accountId)
                    .toList();
            if (!waiting.isEmpty() && !jurors.isEmpty()) {
                assignments.assign(acting, round.id(), waiting, jurors);
                given += waiting.size();
            }
        }
        return given;
    }
}
