package org.youthimages.storage.bench;

import io.micronaut.context.ApplicationContext;
import org.youthimages.storage.assignment.AssignmentPlan;
import org.youthimages.storage.assignment.AssignmentPlanner;
import org.youthimages.storage.assignment.AssignmentProblem;
import org.youthimages.storage.edition.EditionSetup;
import org.youthimages.storage.edition.Round;
import org.youthimages.storage.edition.RoundRepository;
import org.youthimages.storage.results.RoundLeaderboard;
import org.youthimages.storage.testing.SampleEditions;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;

/**
 * Issue 6's figures: the leaderboard of 10,000 films × 5 jurors × 6 criteria (goal < 200 ms), and the automatic
 * assignment of 10,000 films to 60 jurors with conflicts (goal < 5 s). Run with bench/results.sh.
 */
public final class ResultsBench {

    private static final int FILMS = 10_000;
    private static final int JURORS_PER_FILM = 5;
    private static final int CRITERIA = 6;

    public static void main(String[] args) throws Exception {
        assignment();
        try (ApplicationContext context = BenchDatabase.start("results")) {
            long roundId = seed(context);
            RoundLeaderboard leaderboard = context.getBean(RoundLeaderboard.class);
            long[] millis = new long[7];
            int places = 0;
            for (int run = 0; run < millis.length; run++) {
                long start = System.nanoTime();
                places = leaderboard.byCategory(roundId).values().stream().mapToInt(List::size).sum();
                millis[run] = (System.nanoTime() - start) / 1_000_000;
            }
            Arrays.sort(millis);
            var repository = context.getBean(org.youthimages.storage.results.ResultsRepository.class);
            long[] query = new long[5];
            for (int run = 0; run < query.length; run++) {
                long start = System.nanoTime();
                repository.submittedCards(roundId);
                query[run] = (System.nanoTime() - start) / 1_000_000;
            }
            Arrays.sort(query);
            System.out.printf("  of which the database query: median %d ms%n", query[query.length / 2]);
            System.out.printf("leaderboard: %d films x %d jurors x %d criteria, %d places; runs (ms, sorted) %s; "
                    + "median %d ms (goal < 200 ms)%n", FILMS, JURORS_PER_FILM, CRITERIA, places,
                    Arrays.toString(millis), millis[millis.length / 2]);
        }
        System.exit(0);
    }

    private static void assignment() {
        Random random = new Random(1);
        List<Long> films = LongStream.rangeClosed(1, FILMS).boxed().toList();
        List<Long> jurors = LongStream.rangeClosed(100_001, 100_060).boxed().toList();
        Set<AssignmentProblem.Pair> conflicts = new HashSet<>();
        for (long film : films) {
            for (int i = 0; i < 3; i++) {
                conflicts.add(new AssignmentProblem.Pair(film, jurors.get(random.nextInt(jurors.size()))));
            }
        }
        AssignmentPlanner planner = new AssignmentPlanner();
        long[] millis = new long[5];
        AssignmentPlan plan = null;
        for (int run = 0; run < millis.length; run++) {
            long start = System.nanoTime();
            plan = planner.plan(new AssignmentProblem(films, jurors, 3, conflicts, Set.of(), run));
            millis[run] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("assignment: %d films to %d jurors, 3 per film, %d conflicts; %d assignments, loads %d..%d, "
                        + "%d films short; runs (ms, sorted) %s; median %d ms (goal < 5000 ms)%n", films.size(),
                jurors.size(), conflicts.size(), plan.assignments().size(), plan.minLoad(), plan.maxLoad(),
                plan.underCoveredFilms().size(), Arrays.toString(millis), millis[millis.length / 2]);
    }

    /** Creates the edition, round, criteria, films, jurors and submitted scorecards in SQL, once per data folder. */
    private static long seed(ApplicationContext context) throws Exception {
        RoundRepository rounds = context.getBean(RoundRepository.class);
        DataSource dataSource = BenchDatabase.rawDataSource(context);
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            var existing = sql.executeQuery("select r.id from round r join edition e on e.id = r.edition_id "
                    + "where e.slug = 'bench-results'");
            if (existing.next()) {
                return existing.getLong(1);
            }
        }
        var plan = SampleEditions.openEdition("bench-results");
        var criteria = new ArrayList<org.youthimages.storage.edition.EditionPlan.CriterionItem>();
        for (int c = 0; c < CRITERIA; c++) {
            criteria.add(new org.youthimages.storage.edition.EditionPlan.CriterionItem("C" + c, "Criterion " + c, "",
                    new java.math.BigDecimal(1 + c % 3), 1, 10, java.util.Map.of()));
        }
        var benchPlan = new org.youthimages.storage.edition.EditionPlan(plan.slug(), plan.name(), plan.year(),
                plan.themeText(), plan.rulesText(), plan.state(), plan.timeZone(), plan.submissionsOpenAt(),
                plan.submissionsCloseAt(), plan.minFilmSeconds(), plan.maxFilmSeconds(), plan.maxFileBytes(),
                plan.ageCutoffDate(), false, plan.categories(), plan.themes(), plan.prizes(),
                List.of(new org.youthimages.storage.edition.EditionPlan.RoundItem(Round.Kind.JURY, "Jury", 5, true, 90,
                        criteria)));
        long editionId = context.getBean(EditionSetup.class).create(benchPlan).id();
        long roundId = rounds.findByEditionIdOrderByPosition(editionId).getFirst().id();
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            sql.execute("insert into account (email, display_name, roles) select 'bench-juror-' || j || '@bench.example', "
                    + "'Juror ' || j, '{JUROR}' from generate_series(1, 60) j on conflict do nothing");
            sql.execute("insert into entry (edition_id, reference, status_token_hash, title, status, eligibility, "
                    + "age_category_id) select " + editionId + ", 'YI-9999-' || lpad(upper(to_hex(f)), 5, '0'), "
                    + "md5('t' || f), 'Film ' || f, 'READY', 'ELIGIBLE', (select id from age_category where edition_id = "
                    + editionId + " order by position offset (f % 3) limit 1) from generate_series(1, " + FILMS + ") f");
            sql.execute("insert into assignment (round_id, entry_id, juror_id) select " + roundId + ", e.id, a.id "
                    + "from entry e cross join lateral (select id from account where email like 'bench-juror-%' "
                    + "order by ((e.id * 7 + id) % 60) limit " + JURORS_PER_FILM + ") a where e.edition_id = " + editionId);
            sql.execute("insert into scorecard (assignment_id, state, watched_percent, submitted_at) "
                    + "select id, 'SUBMITTED', 90 + (id % 11), now() from assignment where round_id = " + roundId);
            sql.execute("insert into score (scorecard_id, criterion_id, value) select s.id, c.id, 1 + ((s.id * 31 + c.id * 17) % 10) "
                    + "from scorecard s join assignment a on a.id = s.assignment_id join criterion c on c.round_id = a.round_id "
                    + "where a.round_id = " + roundId);
            sql.execute("analyze");
            connection.commit();
        }
        System.out.printf("seeded %d films x %d jurors x %d criteria in %d s%n", FILMS, JURORS_PER_FILM, CRITERIA,
                (System.nanoTime() - start) / 1_000_000_000);
        return roundId;
    }
}
