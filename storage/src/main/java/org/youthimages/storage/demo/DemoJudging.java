package org.youthimages.storage.demo;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.assignment.RoundAssignment;
import org.youthimages.storage.decision.Refused;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.edition.Round;
import org.youthimages.storage.edition.RoundRepository;


/**
 * Gives the demo's jurors something to judge: at each demo start, every open round of the demo edition whose
 * films are not all assigned (films uploaded or generated since, and let through by screening) is assigned
 * automatically, as the organiser's own "assign automatically" would, with its conflict rules and fair loads.
 */
@Singleton
class DemoJudging {

    private static final Logger LOG = LoggerFactory.getLogger(DemoJudging.class);

    private final RoundRepository rounds;
    private final RoundAssignment automatic;

    DemoJudging(RoundRepository rounds, RoundAssignment automatic) {
        this.rounds = rounds;
        this.automatic = automatic;
    }

    /**
     * Assigns, as the demo's organiser, the demo edition's open rounds that have films waiting; returns how many
     * assignments were added.
     */
    int assignReadyFilms(Edition edition, ActingAccount organiser) {
        int added = 0;
        for (Round round : rounds.findByEditionIdOrderByPosition(edition.id())) {
            if (round.state() != Round.State.OPEN || round.panelId() == null) {
                continue;
            }
            try {
                if (automatic.preview(organiser, round.id()).added() > 0) {
                    added += automatic.apply(organiser, round.id()).added();
                }
            } catch (Refused refused) {
                LOG.info("Demo round '{}' left as it is: {}", round.name(), refused.getMessage());
            }
        }
        return added;
    }
}
