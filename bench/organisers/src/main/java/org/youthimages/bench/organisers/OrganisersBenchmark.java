package org.youthimages.bench.organisers;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import org.youthimages.storage.account.Account;
import org.youthimages.storage.account.AccountRepository;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.account.Role;
import org.youthimages.storage.assignment.AssignmentPlan;
import org.youthimages.storage.assignment.AssignmentPlanner;
import org.youthimages.storage.assignment.AssignmentProblem;
import org.youthimages.storage.assignment.AssignmentRun;
import org.youthimages.storage.assignment.RoundAssignment;
import org.youthimages.storage.edition.EditionPlan;
import org.youthimages.storage.edition.EditionSetup;
import org.youthimages.storage.edition.Round;
import org.youthimages.storage.edition.RoundRepository;
import org.youthimages.storage.results.ResultsBoard;
import org.youthimages.storage.results.RoundLeaderboard;
import org.youthimages.storage.testing.SampleEditions;

import javax.sql.DataSource;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;

/**
 * Issue 6's figures (bench/README.md): the leaderboard of 10,000 films × 5 jurors × 6 criteria (goal < 200 ms),
 * and the automatic assignment of 10,000 films to 60 jurors with conflicts (goal < 5 s), both as the planner alone
 * and as the organisers' service does it against the database (read, plan, write 30,000 assignments).
 */
public final class OrganisersBenchmark {

    private static final int FILMS = 10_000;
    private static final int JURORS = 60;
    private static final int LEADERBOARD_JURORS_PER_FILM = 5;
    private static final int ASSIGNMENT_JURORS_PER_FILM = 3;
    private static final int CRITERIA = 6;
    private final PrintStream out = System.out;

    public static void main(String[] args) throws Exception {
        try (ApplicationContext context = ApplicationContext.builder().environments("bench").start()) {
            new OrganisersBenchmark().run(context);
        }
        System.exit(0);
    }

    private void run(ApplicationContext context) throws Exception {
        out.println("Youth Images organisers benchmark");
        out.println("  machine: " + Runtime.getRuntime().availableProcessors() + " cores, load before: " + load());
        plannerAlone();
        Seeded seeded = seed(context);
        leaderboard(context, seeded);
        assignmentService(context, seeded);
        out.println("  load after: " + load());
    }

    private void plannerAlone() {
        Random random = new Random(1);
        List<Long> films = LongStream.rangeClosed(1, FILMS).boxed().toList();
        List<Long> jurors = LongStream.rangeClosed(100_001, 100_000 + JURORS).boxed().toList();
        Set<AssignmentProblem.Pair> conflicts = new HashSet<>();
        for (long film : films) {
            for (int i = 0; i < 3; i++) {
                conflicts.add(new AssignmentProblem.Pair(film, jurors.get(random.nextInt(jurors.size()))));
            }
        }
        AssignmentPlanner planner = new AssignmentPlanner();
        AssignmentPlan[] plan = new AssignmentPlan[1];
        long[] millis = time(5, () -> plan[0] = planner.plan(new AssignmentProblem(films, jurors,
                ASSIGNMENT_JURORS_PER_FILM, conflicts, Set.of(), 7)));
        out.printf("assignment, planner alone: %d films to %d jurors, %d per film, %d conflicts; %d assignments, "
                        + "loads %d..%d, %d films short; runs (ms, sorted) %s; median %d ms (goal < 5000 ms)%n",
                FILMS, JURORS, ASSIGNMENT_JURORS_PER_FILM, conflicts.size(), plan[0].assignments().size(),
                plan[0].minLoad(), plan[0].maxLoad(), plan[0].underCoveredFilms().size(), Arrays.toString(millis),
                median(millis));
    }

    private void leaderboard(ApplicationContext context, Seeded seeded) {
        RoundLeaderboard leaderboard = context.getBean(RoundLeaderboard.class);
        ResultsBoard board = context.getBean(ResultsBoard.class);
        int[] places = new int[1];
        time(5, () -> places[0] = leaderboard.byCategory(seeded.leaderboardRound()).values().stream()
                .mapToInt(List::size).sum());
        long[] query = time(11, () -> leaderboard.cards(seeded.leaderboardRound()));
        long[] computed = time(11, () -> leaderboard.byCategory(seeded.leaderboardRound()));
        long[] screen = time(11, () -> board.leaderboard(seeded.organiser(), seeded.leaderboardRound()));
        out.printf("leaderboard: %d films x %d jurors x %d criteria, %d places%n", FILMS, LEADERBOARD_JURORS_PER_FILM,
                CRITERIA, places[0]);
        out.printf("  reading the %d scorecards: runs (ms, sorted) %s; median %d ms%n",
                FILMS * LEADERBOARD_JURORS_PER_FILM, Arrays.toString(query), median(query));
        out.printf("  leaderboard per category (read + normalise + rank): runs %s; median %d ms (goal < 200 ms)%n",
                Arrays.toString(computed), median(computed));
        out.printf("  the results screen's call (with film titles): runs %s; median %d ms%n", Arrays.toString(screen),
                median(screen));
    }

    private void assignmentService(ApplicationContext context, Seeded seeded) {
        RoundAssignment assignment = context.getBean(RoundAssignment.class);
        AssignmentRun[] run = new AssignmentRun[1];
        long start = System.nanoTime();
        run[0] = assignment.apply(seeded.organiser(), seeded.assignmentRound());
        long first = (System.nanoTime() - start) / 1_000_000;
        out.printf("assignment, the organisers' service against the database: %d films to %d jurors, %d per film, "
                        + "declared and same-country conflicts%n", run[0].films(), run[0].jurors(), run[0].jurorsPerFilm());
        out.printf("  first run: %d assignments written, loads %d..%d, %d films short, %d ms (goal < 5000 ms)%n",
                run[0].added(), run[0].minLoad(), run[0].maxLoad(), run[0].shortOfJurors().size(), first);
        long[] again = time(3, () -> run[0] = assignment.apply(seeded.organiser(), seeded.assignmentRound()));
        out.printf("  run again without changes: %d added, %d withdrawn; runs (ms, sorted) %s; median %d ms%n",
                run[0].added(), run[0].withdrawn(), Arrays.toString(again), median(again));
    }

    private record Seeded(long leaderboardRound, long assignmentRound, ActingAccount organiser) {
    }

    /** The edition, jurors, films with entrants, conflicts and the leaderboard round's scorecards, in SQL. */
    private Seeded seed(ApplicationContext context) throws Exception {
        long start = System.nanoTime();
        EditionPlan sample = SampleEditions.openEdition(SampleEditions.uniqueSlug("bench"));
        List<EditionPlan.CriterionItem> criteria = new ArrayList<>();
        for (int c = 0; c < CRITERIA; c++) {
            criteria.add(new EditionPlan.CriterionItem("C" + c, "Criterion " + c, "", new BigDecimal(1 + c % 3), 1, 10,
                    Map.of()));
        }
        EditionPlan plan = new EditionPlan(sample.slug(), sample.name(), sample.year(), sample.themeText(),
                sample.rulesText(), sample.state(), sample.timeZone(), sample.submissionsOpenAt(),
                sample.submissionsCloseAt(), sample.minFilmSeconds(), sample.maxFilmSeconds(), sample.maxFileBytes(),
                sample.ageCutoffDate(), false, sample.categories(), sample.themes(), sample.prizes(), List.of(
                new EditionPlan.RoundItem(Round.Kind.JURY, "Jury", LEADERBOARD_JURORS_PER_FILM, true, 90, criteria),
                new EditionPlan.RoundItem(Round.Kind.PRESELECTION, "Pre-selection", ASSIGNMENT_JURORS_PER_FILM, true,
                        90, criteria)));
        long edition = context.getBean(EditionSetup.class).create(plan).id();
        List<Round> rounds = context.getBean(RoundRepository.class).findByEditionIdOrderByPosition(edition);
        long leaderboardRound = rounds.get(0).id();
        long assignmentRound = rounds.get(1).id();
        String tag = sample.slug();
        Account organiser = context.getBean(AccountRepository.class).save(Account.invited("organiser@" + tag
                + ".example", "Bench Organiser", "en", Role.ORGANISER));
        DataSource dataSource = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            String countries = "(array['KE','FR','PE','IN','BR','NG','PH','MX','EG','VN'])";
            sql.execute("insert into account (email, display_name, roles, country_code, organisation) select 'juror-' "
                    + "|| j || '@" + tag + ".example', 'Juror ' || j, '{JUROR}', " + countries + "[1 + j % 10], "
                    + "'Institute ' || j from generate_series(1, " + JURORS + ") j");
            sql.execute("insert into jury_panel (edition_id, name) values (" + edition + ", 'Panel')");
            sql.execute("insert into jury_panel_member (panel_id, account_id) select p.id, a.id from jury_panel p, "
                    + "account a where p.edition_id = " + edition + " and a.email like 'juror-%@" + tag + ".example'");
            sql.execute("update round set panel_id = (select id from jury_panel where edition_id = " + edition
                    + "), conflict_on_same_country = true where id = " + assignmentRound);
            sql.execute("insert into entry (edition_id, reference, status_token_hash, title, status, eligibility, "
                    + "age_category_id) select " + edition + ", 'YI-" + (1000 + edition % 9000) + "-' "
                    + "|| lpad(upper(to_hex(f)), 5, '0'), md5('" + tag + "' || f), 'Film ' || f, 'READY', 'ELIGIBLE', "
                    + "(select id from age_category where edition_id = " + edition + " order by position "
                    + "offset (f % 3) limit 1) from generate_series(1, " + FILMS + ") f");
            sql.execute("insert into person (entry_id, role, given_name, email, date_of_birth, country_code, "
                    + "organisation) select e.id, 'ENTRANT', 'Entrant', 'e' || e.id || '@" + tag + ".example', "
                    + "date '2008-01-01', " + countries + "[1 + (e.id * 7) % 10], 'School ' || (e.id % 500) "
                    + "from entry e where e.edition_id = " + edition);
            sql.execute("insert into conflict_of_interest (entry_id, juror_id, source) select distinct e.id, j.id, "
                    + "'DECLARED' from entry e cross join lateral (select a.id from account a where a.email like "
                    + "'juror-%@" + tag + ".example' order by md5(e.id::text || a.id) limit 3) j where e.edition_id = "
                    + edition);
            sql.execute("insert into assignment (round_id, entry_id, juror_id) select " + leaderboardRound + ", e.id, "
                    + "a.id from entry e cross join lateral (select id from account where email like 'juror-%@" + tag
                    + ".example' order by ((e.id * 7 + id) % " + JURORS + ") limit " + LEADERBOARD_JURORS_PER_FILM
                    + ") a where e.edition_id = " + edition);
            // Scored as drafts, then submitted: the database locks a submitted scorecard's scores.
            sql.execute("insert into scorecard (assignment_id, state, watched_percent) select id, 'DRAFT', "
                    + "90 + (id % 11) from assignment where round_id = " + leaderboardRound);
            sql.execute("insert into score (scorecard_id, criterion_id, value) select s.id, c.id, "
                    + "1 + ((s.id * 31 + c.id * 17) % 10) from scorecard s join assignment a on a.id = s.assignment_id "
                    + "join criterion c on c.round_id = a.round_id where a.round_id = " + leaderboardRound);
            sql.execute("update scorecard s set state = 'SUBMITTED', submitted_at = now() from assignment a "
                    + "where a.id = s.assignment_id and a.round_id = " + leaderboardRound);
            connection.commit();
            connection.setAutoCommit(true);
            sql.execute("analyze");
        }
        out.printf("  seeded %d films, %d jurors, %d scorecards of %d criteria in %d s%n", FILMS, JURORS,
                FILMS * LEADERBOARD_JURORS_PER_FILM, CRITERIA, (System.nanoTime() - start) / 1_000_000_000);
        return new Seeded(leaderboardRound, assignmentRound, new ActingAccount(organiser.id(), organiser.email(),
                organiser.displayName(), Set.of(Role.ORGANISER), "en", Instant.now()));
    }

    /** Runs the work {@code runs} times after one warm-up run; milliseconds, sorted. */
    private static long[] time(int runs, Runnable work) {
        work.run();
        long[] millis = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static long median(long[] sorted) {
        return sorted[sorted.length / 2];
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (Exception e) {
            return "unknown";
        }
    }
}
