package org.youthimages.storage.testing;

import io.micronaut.context.ApplicationContext;
import org.youthimages.storage.account.Account;
import org.youthimages.storage.account.AccountRepository;
import org.youthimages.storage.account.Role;
import org.youthimages.storage.edition.AgeCategoryRepository;
import org.youthimages.storage.edition.Criterion;
import org.youthimages.storage.edition.CriterionRepository;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.edition.EditionSetup;
import org.youthimages.storage.edition.Round;
import org.youthimages.storage.edition.RoundRepository;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.EntryRepository;
import org.youthimages.storage.judging.Assignment;
import org.youthimages.storage.judging.AssignmentRepository;
import org.youthimages.storage.judging.Score;
import org.youthimages.storage.judging.ScoreRepository;
import org.youthimages.storage.judging.Scorecard;
import org.youthimages.storage.judging.ScorecardRepository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** A fresh edition with its jury round, and helpers to add films, jurors and submitted scorecards to it. */
public final class RoundFixture {

    public final Edition edition;
    public final Round round;
    public final List<Criterion> criteria;
    private final ApplicationContext context;

    public RoundFixture(ApplicationContext context) {
        this.context = context;
        this.edition = context.getBean(EditionSetup.class)
                .create(SampleEditions.openEdition(SampleEditions.uniqueSlug("round")));
        this.round = context.getBean(RoundRepository.class).findByEditionIdOrderByPosition(edition.id()).getFirst();
        this.criteria = context.getBean(CriterionRepository.class).findByRoundIdOrderByPosition(round.id());
    }

    /** A ready, eligible film in the edition's category with the given code. */
    public Entry film(String title, String categoryCode) {
        long category = context.getBean(AgeCategoryRepository.class).findByEditionIdOrderByPosition(edition.id())
                .stream().filter(c -> c.code().equals(categoryCode)).findFirst().orElseThrow().id();
        return context.getBean(EntryRepository.class).save(new Entry(null, edition.id(), randomReference(),
                UUID.randomUUID().toString(), "en", title, "", null, null, null, null, null, null, "", null, "", category,
                Entry.Status.READY, null, null, Entry.Eligibility.ELIGIBLE, null, null, null, null, null));
    }

    public Account juror(String name) {
        return context.getBean(AccountRepository.class).save(Account.invited(
                name + "-" + UUID.randomUUID() + "@jury.example.org", name, "en", Role.JUROR));
    }

    public Assignment assign(Entry film, Account juror) {
        return context.getBean(AssignmentRepository.class).save(new Assignment(null, round.id(), film.id(), juror.id(),
                Assignment.State.ACTIVE, null, null));
    }

    /** A submitted scorecard with one value per criterion, in the round's criteria order. */
    public Scorecard submit(Entry film, Account juror, double watchedPercent, int... values) {
        Assignment assignment = assign(film, juror);
        ScorecardRepository cards = context.getBean(ScorecardRepository.class);
        Scorecard card = cards.save(new Scorecard(null, assignment.id(), Scorecard.State.DRAFT, "", "",
                BigDecimal.valueOf(watchedPercent), false, null, null, null, null));
        for (int i = 0; i < values.length; i++) {
            context.getBean(ScoreRepository.class).save(new Score(null, card.id(), criteria.get(i).id(), values[i], ""));
        }
        Scorecard fresh = cards.findById(card.id()).orElseThrow();
        return cards.update(new Scorecard(fresh.id(), fresh.assignmentId(), Scorecard.State.SUBMITTED,
                fresh.overallComment(), fresh.privateNote(), fresh.watchedPercent(), false, fresh.version(),
                fresh.createdAt(), fresh.updatedAt(), Instant.now()));
    }

    private static String randomReference() {
        String alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
        StringBuilder code = new StringBuilder("YI-2027-");
        for (int i = 0; i < 5; i++) {
            code.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return code.toString();
    }
}
