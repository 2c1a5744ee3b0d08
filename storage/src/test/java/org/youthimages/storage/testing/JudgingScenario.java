package org.youthimages.storage.testing;

import org.youthimages.storage.assignment.AssignmentChanges;
import io.micronaut.context.ApplicationContext;
import org.youthimages.storage.account.Account;
import org.youthimages.storage.account.AccountRepository;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.account.PasswordHasher;
import org.youthimages.storage.account.Role;
import org.youthimages.storage.edition.AgeCategory;
import org.youthimages.storage.edition.AgeCategoryRepository;
import org.youthimages.storage.edition.Criterion;
import org.youthimages.storage.edition.CriterionRepository;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.edition.EditionPlan;
import org.youthimages.storage.edition.EditionSetup;
import org.youthimages.storage.edition.Round;
import org.youthimages.storage.edition.RoundRepository;
import org.youthimages.storage.edition.Theme;
import org.youthimages.storage.edition.ThemeRepository;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.EntryRepository;
import org.youthimages.storage.entry.Person;
import org.youthimages.storage.entry.PersonRepository;
import org.youthimages.storage.judging.Assignment;
import org.youthimages.storage.judging.AssignmentRepository;
import org.youthimages.storage.judging.JuryPanel;
import org.youthimages.storage.judging.JuryPanelMember;
import org.youthimages.storage.judging.JuryPanelMemberRepository;
import org.youthimages.storage.judging.JuryPanelRepository;
import org.youthimages.storage.judging.Score;
import org.youthimages.storage.judging.ScoreRepository;
import org.youthimages.storage.judging.Scorecard;
import org.youthimages.storage.judging.ScorecardRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A live edition with its jury round open, an organiser, and helpers to add jurors, films and assignments.
 * Everything is unique per scenario, so tests sharing the database never see each other's data.
 */
public final class JudgingScenario {

    /** The password every account made with {@link #signedUpJuror} has. */
    public static final String PASSWORD = "correct horse battery staple";

    private final ApplicationContext context;
    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final java.util.concurrent.atomic.AtomicInteger accountsMade = new java.util.concurrent.atomic.AtomicInteger();
    private final Edition edition;
    private final Round round;
    private final ActingAccount organiser;

    private JudgingScenario(ApplicationContext context, EditionPlan plan) {
        this.context = context;
        this.edition = bean(EditionSetup.class).create(plan);
        RoundRepository rounds = bean(RoundRepository.class);
        this.round = open(rounds.findByEditionIdOrderByPosition(edition.id()).getFirst());
        this.organiser = account("organiser", "Olga Organiser", Role.ORGANISER);
    }

    public static JudgingScenario create(ApplicationContext context) {
        return new JudgingScenario(context, SampleEditions.openEdition(SampleEditions.uniqueSlug("judging")));
    }

    public Edition edition() {
        return edition;
    }

    public Round round() {
        return bean(RoundRepository.class).findById(round.id()).orElseThrow();
    }

    public ActingAccount organiser() {
        return organiser;
    }

    public ActingAccount juror(String name) {
        return account(name.toLowerCase().replace(' ', '.'), name, Role.JUROR);
    }

    /** A juror from an organisation and a country (what conflict detection compares with the entrant's). */
    public ActingAccount juror(String name, String organisation, String countryCode) {
        ActingAccount juror = juror(name);
        AccountRepository accounts = bean(AccountRepository.class);
        Account a = accounts.findById(juror.id()).orElseThrow();
        accounts.update(new Account(a.id(), a.email(), a.displayName(), a.passwordHash(), a.locale(), organisation,
                countryCode, a.active(), a.failedSignIns(), a.lockedUntil(), a.roles(), a.createdAt(), a.lastSignInAt(),
                a.passwordChangedAt(), a.lowBandwidth(), a.localeChosen()));
        return juror;
    }

    /** Makes these jurors the round's panel. */
    public JuryPanel panel(ActingAccount... jurors) {
        JuryPanel panel = bean(JuryPanelRepository.class).save(new JuryPanel(null, edition.id(), "Jury " + tag
                + " " + accountsMade.incrementAndGet()));
        for (ActingAccount juror : jurors) {
            bean(JuryPanelMemberRepository.class).save(new JuryPanelMember(null, panel.id(), juror.id()));
        }
        update(round().withPanel(panel.id()));
        return panel;
    }

    /** A juror who has chosen the password {@link #PASSWORD}. */
    public ActingAccount signedUpJuror(String name) {
        return signedUp(juror(name));
    }

    /** The account, having chosen the password {@link #PASSWORD}, so that a browser can sign in with it. */
    public ActingAccount signedUp(ActingAccount someone) {
        AccountRepository accounts = bean(AccountRepository.class);
        Account account = accounts.findById(someone.id()).orElseThrow();
        accounts.update(account.withPasswordHash(bean(PasswordHasher.class).hash(PASSWORD)));
        return new ActingAccount(someone.id(), someone.email(), someone.displayName(), someone.roles(),
                someone.locale(), Instant.now());
    }

    public ActingAccount account(String name, String displayName, Role... roles) {
        Account saved = bean(AccountRepository.class).save(Account.invited(
                name + "." + tag + "." + accountsMade.incrementAndGet() + "@jury.example.org",
                displayName, "en", roles));
        return new ActingAccount(saved.id(), saved.email(), saved.displayName(), Set.of(roles), "en", Instant.now());
    }

    /** A ready, eligible film by a 15-year-old from Kenya, with a guardian and a team member. */
    public Entry film(String title) {
        return film(title, "AGE_13_17", "KE");
    }

    public Entry film(String title, String categoryCode, String country) {
        return film(title, categoryCode, country, 95_000L);
    }

    /** A film of the given length in milliseconds, as the transcoder's probe would have recorded it. */
    public Entry film(String title, String categoryCode, String country, long durationMs) {
        AgeCategory category = bean(AgeCategoryRepository.class).findByEditionIdOrderByPosition(edition.id()).stream()
                .filter(c -> c.code().equals(categoryCode)).findFirst().orElseThrow();
        List<Theme> themes = bean(ThemeRepository.class).findByEditionIdOrderByPosition(edition.id());
        Entry entry = bean(EntryRepository.class).save(new Entry(null, edition.id(), "YI-2027-" + code(),
                UUID.randomUUID().toString(), "en", title, "A synopsis of " + title + ".", "sw", "en",
                LocalDate.now().minusMonths(2), themes.get(0).id(), themes.get(1).id(), null, "", Entry.Footage.NONE, "",
                category.id(), Entry.Status.READY, null, null, Entry.Eligibility.ELIGIBLE, null, durationMs, null, null,
                null));
        PersonRepository people = bean(PersonRepository.class);
        people.save(new Person(null, entry.id(), Person.Role.ENTRANT, "Amani", "Wanjiru",
                "amani." + tag + "." + entry.id() + "@example.org",
                LocalDate.of(2011, 3, 4), 15, country, "Nairobi Hill School", null, null, null, null, null));
        people.save(new Person(null, entry.id(), Person.Role.GUARDIAN, "Grace", "Wanjiru",
                "grace." + tag + "." + entry.id() + "@example.org",
                null, null, country, null, "mother", null, null, Instant.now(), null));
        people.save(new Person(null, entry.id(), Person.Role.TEAM_MEMBER, "Baraka", "Otieno", null, null, 16, country,
                null, null, "camera", null, null, null));
        return entry;
    }

    /** The film as received but not yet screened: eligibility pending. */
    public Entry pending(Entry film) {
        Entry e = bean(EntryRepository.class).findById(film.id()).orElseThrow();
        return bean(EntryRepository.class).update(new Entry(e.id(), e.editionId(), e.reference(), e.statusTokenHash(),
                e.locale(), e.title(), e.synopsis(), e.originalLanguage(), e.subtitleLanguage(), e.completedOn(),
                e.mainThemeId(), e.secondaryThemeId(), e.specialRecognitionId(), e.screeningHistory(),
                e.aiOrStockFootage(), e.aiOrStockDetails(), e.ageCategoryId(), e.status(), null, null,
                Entry.Eligibility.PENDING, null, e.durationMs(), e.createdAt(), e.updatedAt(), null));
    }

    public List<Entry> films(int count) {
        List<Entry> films = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            films.add(film("Film " + i + " " + tag));
        }
        return films;
    }

    /** Assigns each film to each juror through the organisers' own service, with its checks. */
    public void assign(Collection<Entry> films, ActingAccount... jurors) {
        AssignmentChanges changes = bean(AssignmentChanges.class);
        for (Entry film : films) {
            for (ActingAccount juror : jurors) {
                changes.assign(organiser, round.id(), film.id(), juror.id());
            }
        }
    }

    /** Assigns one film to the juror through the organisers' own service; gives the assignment's id. */
    public long assignOne(Entry film, ActingAccount juror) {
        assign(List.of(film), juror);
        return bean(AssignmentRepository.class)
                .findByRoundIdAndJurorIdAndState(round.id(), juror.id(), Assignment.State.ACTIVE).stream()
                .filter(a -> a.entryId() == film.id()).findFirst().orElseThrow().id();
    }

    /** The round's criteria, in order. */
    public List<Criterion> criteria() {
        return bean(CriterionRepository.class).findByRoundIdOrderByPosition(round.id());
    }

    /** An active assignment written directly (no checks), for results tests. */
    public Assignment assignDirectly(Entry film, ActingAccount juror) {
        return bean(AssignmentRepository.class).save(new Assignment(null, round.id(), film.id(), juror.id(),
                Assignment.State.ACTIVE, null, null));
    }

    /** A submitted scorecard with one value per criterion, in the round's criteria order. */
    public Scorecard submit(Entry film, ActingAccount juror, double watchedPercent, int... values) {
        return submit(film, juror, "", "", watchedPercent, values);
    }

    /** A submitted scorecard with a comment for the entrant and a private note for the organisers. */
    public Scorecard submit(Entry film, ActingAccount juror, String forEntrant, String privateNote,
                            double watchedPercent, int... values) {
        Assignment assignment = assignDirectly(film, juror);
        ScorecardRepository cards = bean(ScorecardRepository.class);
        Scorecard card = cards.save(new Scorecard(null, assignment.id(), Scorecard.State.DRAFT, forEntrant,
                privateNote, java.math.BigDecimal.valueOf(watchedPercent), false, null, null, null, null));
        List<Criterion> criteria = criteria();
        for (int i = 0; i < values.length; i++) {
            bean(ScoreRepository.class).save(new Score(null, card.id(), criteria.get(i).id(), values[i], ""));
        }
        Scorecard fresh = cards.findById(card.id()).orElseThrow();
        return cards.update(new Scorecard(fresh.id(), fresh.assignmentId(), Scorecard.State.SUBMITTED,
                fresh.overallComment(), fresh.privateNote(), fresh.watchedPercent(), false, fresh.version(),
                fresh.createdAt(), fresh.updatedAt(), Instant.now()));
    }

    public Round update(Round changed) {
        return bean(RoundRepository.class).update(changed);
    }

    public Round withState(Round.State state, boolean revealed) {
        Round r = round();
        return update(copy(r, r.blind(), r.showCountry(), state, revealed, r.opensAt(), r.closesAt()));
    }

    public Round blind(boolean blind, boolean showCountry) {
        Round r = round();
        return update(copy(r, blind, showCountry, r.state(), r.scoresRevealed(), r.opensAt(), r.closesAt()));
    }

    public Round dates(Instant opensAt, Instant closesAt) {
        Round r = round();
        return update(copy(r, r.blind(), r.showCountry(), r.state(), r.scoresRevealed(), opensAt, closesAt));
    }

    private Round open(Round r) {
        return bean(RoundRepository.class).update(copy(r, r.blind(), r.showCountry(), Round.State.OPEN, false,
                r.opensAt(), Instant.now().plus(java.time.Duration.ofDays(20))));
    }

    private static Round copy(Round r, boolean blind, boolean showCountry, Round.State state, boolean revealed,
                              Instant opensAt, Instant closesAt) {
        return new Round(r.id(), r.editionId(), r.kind(), r.name(), r.position(), r.panelId(), r.prizeId(), r.voting(),
                r.jurorsPerFilm(), blind, showCountry, r.conflictOnSameCountry(), r.conflictOnSameOrganisation(),
                r.watchThresholdPercent(), r.disagreementThreshold(), r.tieBreak(), state, revealed, opensAt, closesAt,
                r.filmsFrom());
    }

    private <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Reference codes in a sequence from a random start, so test runs sharing a database never collide. */
    private static final java.util.concurrent.atomic.AtomicLong NEXT_CODE = new java.util.concurrent.atomic.AtomicLong(
            new java.security.SecureRandom().nextLong(60_000_000L));

    private static String code() {
        String code = Long.toString(NEXT_CODE.getAndIncrement() % 60_466_176L, 36).toUpperCase();
        return "0".repeat(5 - code.length()) + code;
    }
}
