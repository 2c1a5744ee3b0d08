package org.youthimages.bench.judging;

import io.micronaut.context.ApplicationContext;
import org.youthimages.judging.testing.ViewTesting;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.judging.CriterionSheet;
import org.youthimages.storage.judging.JudgingQueue;
import org.youthimages.storage.judging.QueueFilter;
import org.youthimages.storage.judging.QueueItem;
import org.youthimages.storage.judging.RoundSummary;
import org.youthimages.storage.judging.ScoreValue;
import org.youthimages.storage.judging.ScorecardDraft;
import org.youthimages.storage.judging.ScorecardException;
import org.youthimages.storage.judging.ScorecardSheet;
import org.youthimages.storage.judging.Scorecards;
import org.youthimages.storage.testing.JudgingScenario;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The judging benchmark (bench/README.md): 50 jurors saving scorecards at once against the embedded PostgreSQL
 * (bursts of 50 simultaneous saves, then 50 jurors typing; latency of each save, and a check that no score was lost
 * or duplicated), then a juror's queue of 500 films opened through the services and through the real view
 * (server time only).
 */
public final class JudgingBenchmark {

    private final int jurors;
    private final int bursts;
    private final int savesPerJuror;
    private final int filmsPerJuror;
    private final int queueSize;
    private final PrintStream out = System.out;

    private JudgingBenchmark(Map<String, Integer> options) {
        this.jurors = options.getOrDefault("jurors", 50);
        this.bursts = options.getOrDefault("bursts", 20);
        this.savesPerJuror = options.getOrDefault("saves", 20);
        this.filmsPerJuror = options.getOrDefault("films-per-juror", 10);
        this.queueSize = options.getOrDefault("queue", 500);
    }

    public static void main(String[] args) throws Exception {
        Map<String, Integer> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), Integer.parseInt(args[i + 1]));
        }
        try (ApplicationContext context = ApplicationContext.builder().environments("bench").start()) {
            new JudgingBenchmark(options).run(context);
        }
        System.exit(0);
    }

    private void run(ApplicationContext context) throws Exception {
        Load load = Load.now();
        out.println("Youth Images judging benchmark");
        out.println("  machine: " + Runtime.getRuntime().availableProcessors() + " cores, load before: " + load);
        out.println("  database: embedded PostgreSQL, pool of "
                + context.getProperty("datasources.default.maximum-pool-size", Integer.class).orElse(10)
                + " connections");
        concurrentSaves(context);
        queueOpening(context);
        out.println("  load after: " + Load.now());
    }

    private void concurrentSaves(ApplicationContext context) throws Exception {
        JudgingScenario scenario = JudgingScenario.create(context);
        Scorecards scorecards = context.getBean(Scorecards.class);
        JudgingQueue queue = context.getBean(JudgingQueue.class);
        List<Juror> team = new ArrayList<>();
        progress("setting up " + jurors + " jurors with " + filmsPerJuror + " films each");
        for (int j = 0; j < jurors; j++) {
            ActingAccount juror = scenario.juror("Bench Juror " + j);
            scenario.assign(filmsOf(scenario, filmsPerJuror, "J" + j), juror);
            List<Long> assignments = queue.queue(juror, scenario.round().id(), QueueFilter.ALL, 0, filmsPerJuror)
                    .stream().map(QueueItem::assignmentId).toList();
            team.add(new Juror(juror, assignments));
        }
        List<CriterionSheet> criteria = scorecards.open(team.getFirst().account, team.getFirst().assignments.getFirst())
                .criteria();
        progress("warming up");
        for (Juror juror : team.subList(0, Math.min(5, team.size()))) {
            for (int i = 0; i < 20; i++) {
                juror.saveOnce(scorecards, criteria, null);
            }
        }
        progress(bursts + " bursts of " + jurors + " saves fired at the same instant, just after the start");
        Phase cold = phase(team, scorecards, criteria, juror -> 0, bursts, true);
        progress(bursts + " more bursts, the server warmed up");
        Phase burst = phase(team, scorecards, criteria, juror -> 0, bursts, true);
        progress(jurors + " jurors typing: each saves every 0.4 to 0.8 s (the autosave's pause), " + savesPerJuror
                + " times");
        Phase typing = phase(team, scorecards, criteria,
                juror -> 400 + ThreadLocalRandom.current().nextInt(400), savesPerJuror, false);
        int lost = 0;
        for (Juror juror : team) {
            lost += juror.mismatches(scorecards);
        }
        @SuppressWarnings("unchecked")
        int duplicated = duplicatedScores(context.getBean(io.micronaut.data.connection.ConnectionOperations.class));
        out.println();
        out.println("Scorecard saves, " + jurors + " jurors at once (Scorecards.saveDraft, one transaction each)");
        out.println("  all " + jurors + " saving at the same instant, just after the start (code not yet compiled), "
                + cold.latencies.size() + " saves: " + cold.stats());
        out.println("  all " + jurors + " saving at the same instant, warmed up, " + burst.latencies.size() + " saves: "
                + burst.stats() + "   target p95 < 50 ms: " + (burst.stats().p95() < 50 ? "MET" : "NOT MET"));
        out.println("  all " + jurors + " typing, " + typing.latencies.size() + " saves:               "
                + typing.stats());
        out.println("  refused as stale: " + (cold.stale.get() + burst.stale.get() + typing.stale.get())
                + " (each juror saves only their own scorecards: 0 expected)");
        out.println("  scores lost: " + lost + ", scores duplicated: " + duplicated + "   (both 0 expected)");
    }

    /**
     * Every juror saves {@code rounds} times; with {@code together}, all jurors wait for each other before each
     * save, so each round is {@code jurors} saves fired at the same instant.
     */
    private Phase phase(List<Juror> team, Scorecards scorecards, List<CriterionSheet> criteria,
                        java.util.function.ToIntFunction<Juror> pauseMs, int rounds, boolean together)
            throws Exception {
        Phase phase = new Phase();
        java.util.concurrent.CyclicBarrier barrier = new java.util.concurrent.CyclicBarrier(team.size());
        ExecutorService pool = Executors.newFixedThreadPool(team.size());
        List<Future<?>> running = new ArrayList<>();
        for (Juror juror : team) {
            running.add(pool.submit(() -> {
                for (int i = 0; i < rounds; i++) {
                    if (together) {
                        barrier.await();
                    } else {
                        Thread.sleep(pauseMs.applyAsInt(juror));
                    }
                    try {
                        juror.saveOnce(scorecards, criteria, phase.latencies);
                    } catch (ScorecardException.Stale e) {
                        phase.stale.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> job : running) {
            job.get();
        }
        pool.shutdown();
        return phase;
    }

    /** The latencies and refusals of one phase. */
    private static final class Phase {
        final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger stale = new AtomicInteger();

        Stats stats() {
            return Stats.of(latencies);
        }
    }

    private void queueOpening(ApplicationContext context) {
        JudgingScenario scenario = JudgingScenario.create(context);
        JudgingQueue queue = context.getBean(JudgingQueue.class);
        progress("setting up one juror with a queue of " + queueSize + " films");
        ActingAccount juror = scenario.juror("Busy Juror");
        for (int batch = 0; batch < queueSize; batch += 100) {
            scenario.assign(filmsOf(scenario, Math.min(100, queueSize - batch), "Q" + batch), juror);
        }
        long round = scenario.round().id();
        List<QueueItem> all = queue.queue(juror, round, QueueFilter.ALL, 0, queueSize);
        queue.remember(juror, all.get(all.size() * 2 / 3).assignmentId());
        List<Long> services = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            long t = System.nanoTime();
            List<RoundSummary> rounds = queue.rounds(juror);
            queue.categories(juror, round);
            queue.count(juror, round, QueueFilter.ALL);
            queue.queue(juror, round, QueueFilter.ALL, 0, 50);
            queue.remembered(juror, round).ifPresent(a -> queue.neighbours(juror, a, QueueFilter.ALL));
            if (i >= 10 && rounds.size() == 1) {
                services.add((System.nanoTime() - t) / 1_000_000);
            }
        }
        List<Long> view = new ArrayList<>();
        ViewTesting.start(context);
        try {
            ViewTesting.signIn(juror);
            for (int i = 0; i < 40; i++) {
                long t = System.nanoTime();
                ViewTesting.navigate("film/" + all.getFirst().assignmentId());
                long film = System.nanoTime() - t;
                t = System.nanoTime();
                ViewTesting.navigate("judging/" + round);
                if (i >= 10) {
                    view.add((System.nanoTime() - t) / 1_000_000);
                }
                if (i == 39) {
                    out.println();
                    out.println("  (film screen opened in " + film / 1_000_000 + " ms of server time)");
                }
            }
        } finally {
            ViewTesting.stop();
        }
        Stats serviceStats = Stats.of(services);
        Stats viewStats = Stats.of(view);
        out.println("Queue of " + all.size() + " films opened by its juror (server time, 30 runs after warm-up)");
        out.println("  services the page calls (rounds, categories, count, first page, place): " + serviceStats);
        out.println("  whole view rendered, grid's first page fetched:                      " + viewStats
                + "   target < 300 ms: " + (viewStats.p95() < 300 ? "MET" : "NOT MET"));
    }

    private static List<Entry> filmsOf(JudgingScenario scenario, int count, String prefix) {
        List<Entry> films = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            films.add(scenario.film(prefix + " film " + i));
        }
        return films;
    }

    private static int duplicatedScores(io.micronaut.data.connection.ConnectionOperations<Connection> connections) {
        return connections.executeRead(status -> {
            try (ResultSet rs = status.getConnection().createStatement()
                    .executeQuery("select count(*) from (select scorecard_id, criterion_id from score"
                            + " group by scorecard_id, criterion_id having count(*) > 1) d")) {
                rs.next();
                return rs.getInt(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void progress(String step) {
        System.err.println("... " + step);
    }

    /** One simulated juror, who knows what each of their scorecards should hold. */
    private static final class Juror {
        final ActingAccount account;
        final List<Long> assignments;
        final Map<Long, Map<Long, ScoreValue>> expected = new ConcurrentHashMap<>();
        final Map<Long, Integer> versions = new ConcurrentHashMap<>();
        int next;

        Juror(ActingAccount account, List<Long> assignments) {
            this.account = account;
            this.assignments = assignments;
        }

        /** Changes one score of the next scorecard in turn, as a juror clicking through their films does. */
        void saveOnce(Scorecards scorecards, List<CriterionSheet> criteria, List<Long> latencies) {
            long assignment = assignments.get(next++ % assignments.size());
            Map<Long, ScoreValue> scores = new HashMap<>(expected.getOrDefault(assignment, Map.of()));
            CriterionSheet criterion = criteria.get(ThreadLocalRandom.current().nextInt(criteria.size()));
            scores.put(criterion.criterionId(), new ScoreValue(ThreadLocalRandom.current()
                    .nextInt(criterion.scaleMin(), criterion.scaleMax() + 1), "note " + next));
            long t = System.nanoTime();
            ScorecardSheet saved = scorecards.saveDraft(account, assignment,
                    new ScorecardDraft(versions.getOrDefault(assignment, 0), scores, "overall " + next, ""));
            if (latencies != null) {
                latencies.add((System.nanoTime() - t) / 1_000_000);
            }
            expected.put(assignment, scores);
            versions.put(assignment, saved.version());
        }

        int mismatches(Scorecards scorecards) {
            int wrong = 0;
            for (Map.Entry<Long, Map<Long, ScoreValue>> card : expected.entrySet()) {
                ScorecardSheet stored = scorecards.open(account, card.getKey());
                for (Map.Entry<Long, ScoreValue> score : card.getValue().entrySet()) {
                    if (!stored.score(score.getKey()).equals(score.getValue())) {
                        wrong++;
                    }
                }
            }
            return wrong;
        }
    }

    private record Stats(long p50, long p95, long p99, long max, double mean) {

        static Stats of(List<Long> values) {
            List<Long> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            if (sorted.isEmpty()) {
                return new Stats(0, 0, 0, 0, 0);
            }
            return new Stats(at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted.getLast(),
                    sorted.stream().mapToLong(Long::longValue).average().orElse(0));
        }

        private static long at(List<Long> sorted, double share) {
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(share * sorted.size()) - 1));
        }

        @Override
        public String toString() {
            return String.format("p50 %d, p95 %d, p99 %d, max %d, mean %.1f", p50, p95, p99, max, mean);
        }
    }

    /** The machine's load average, to read the figures against. */
    private record Load(String average) {
        static Load now() {
            try {
                return new Load(java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip());
            } catch (java.io.IOException e) {
                return new Load("unknown");
            }
        }

        @Override
        public String toString() {
            return average + " (1, 5, 15 min; running/total tasks; last pid)";
        }
    }
}
